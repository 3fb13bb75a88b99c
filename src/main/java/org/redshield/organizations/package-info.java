/**
 * The unit tree of a 12315 network (指挥中心 → 县级局 → 市场监管所 → 消费维权服务站, plus consumer associations and
 * partner hotlines) with the GB/T 2260 divisions each unit covers, the staff users, their roles and data scopes.
 */
package org.redshield.organizations;
