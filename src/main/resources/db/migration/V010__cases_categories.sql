-- Codebook keys of a case: goods/services category (商品/服务类别) and issue type (投诉问题) or report type (举报类别).
alter table cases add column category_key text;
alter table cases add column issue_key text;
