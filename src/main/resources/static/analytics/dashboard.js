/*
 * The analytics dashboard's charts (ECharts from the WebJar). The figures come embedded in the page as JSON; a click
 * on any bar, point or tile opens the list of the cases behind it.
 */
(function () {
  'use strict';
  var node = document.getElementById('analytics-data');
  if (!node || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(node.textContent);
  var f = data.figures;
  var L = data.labels;
  var en = L.lang === 'en';
  var palette = ['#1f5fbf', '#b3261e', '#1c6b3a', '#8a5a00', '#6b3fa0', '#0f7c8c', '#a0522d', '#4a5565'];

  function open(extra) {
    window.location.href = data.drill + extra;
  }

  function chart(id, option, onClick) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    option.color = option.color || palette;
    option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily };
    option.animation = false;
    c.setOption(option);
    if (onClick) {
      c.on('click', onClick);
    }
    window.addEventListener('resize', function () { c.resize(); });
  }

  function bucketName(b, none) {
    if (b.key === null) {
      return none;
    }
    return (en && b.nameEn) ? b.nameEn : (b.name || b.key);
  }

  function hbar(id, buckets, none, param, max) {
    var shown = buckets.slice(0, max).reverse();
    chart(id, {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: function (p) {
        var b = shown[p.dataIndex];
        return p.name + '：' + b.count + '（' + (b.share * 100).toFixed(1) + '%）';
      } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map(function (b) { return bucketName(b, none); }),
        axisLabel: { width: 130, overflow: 'truncate' } },
      series: [{ type: 'bar', data: shown.map(function (b) { return b.count; }), label: { show: true, position: 'right' }, barMaxWidth: 26,
        cursor: 'pointer' }]
    }, function (p) {
      var b = shown[p.dataIndex];
      if (param === 'unit' && b.key === null) {
        return;
      }
      open('&' + param + '=' + encodeURIComponent(b.key === null ? 'none' : b.key));
    });
  }

  // Trend: received and closed, and received a year before (dashed).
  var periods = f.trend.map(function (p) { return f.trendStep === 'DAY' ? p.period.substring(5) : p.period.substring(0, 7); });
  chart('chart-trend', {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: L['analytics.received'], type: 'line', data: f.trend.map(function (p) { return p.received; }), 
        areaStyle: { opacity: 0.08 } },
      { name: L['analytics.closed'], type: 'line', data: f.trend.map(function (p) { return p.closed; }), },
      { name: L['analytics.received-year-before'], type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none',
        data: f.trend.map(function (p) { return p.receivedYearBefore; }) }
    ]
  }, function (p) {
    if (p.seriesIndex === 2) {
      return;
    }
    var start = f.trend[p.dataIndex].period;
    var end = start;
    if (f.trendStep !== 'DAY') {
      var d = new Date(start + 'T00:00:00Z');
      var last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
      end = last.toISOString().substring(0, 10);
    }
    if (start < f.from) { start = f.from; }
    if (end > f.to) { end = f.to; }
    var base = data.drill.replace(/from=[^&]*/, 'from=' + start).replace(/to=[^&]*/, 'to=' + end);
    window.location.href = base + (p.seriesIndex === 1 ? '&measure=CLOSED' : '');
  });

  // Types and channels: vertical bars, zeros left out for channels.
  var types = Object.keys(f.byType);
  chart('chart-type', {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: types.map(function (t) { return L['type.' + t]; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: types.map(function (t) { return f.byType[t]; }), colorBy: 'data', barMaxWidth: 48,
      label: { show: true, position: 'top' } }]
  }, function (p) { open('&type=' + types[p.dataIndex]); });

  var channels = Object.keys(f.byChannel).filter(function (c) { return f.byChannel[c] > 0; });
  chart('chart-channel', {
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: channels.map(function (c) { return L['channel.' + c]; }),
      axisLabel: { interval: 0, rotate: channels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: channels.map(function (c) { return f.byChannel[c]; }), itemStyle: { color: '#0f7c8c' }, barMaxWidth: 48,
      label: { show: true, position: 'top' } }]
  }, function (p) { open('&channel=' + channels[p.dataIndex]); });

  hbar('chart-category', f.byCategory, L['analytics.unclassified'], 'category', 15);
  hbar('chart-issue', f.byIssue, L['analytics.unclassified'], 'issue', 15);
  hbar('chart-unit', f.byUnit, L['analytics.no-unit'], 'unit', 20);

  // Regions: a tree map of the divisions under the unit's own.
  var regions = f.byRegion.map(function (b) {
    var name = b.key === null ? L['analytics.no-region'] : (b.key === 'OUTSIDE' ? L['analytics.outside'] : b.name);
    return { name: name, value: b.count, key: b.key };
  });
  chart('chart-region', {
    tooltip: { formatter: function (p) { return p.name + '：' + p.value; } },
    series: [{ type: 'treemap', data: regions, roam: false, nodeClick: false, breadcrumb: { show: false },
      width: '100%', height: '100%', label: { show: true, formatter: '{b}\n{c}' },
      levels: [{ itemStyle: { gapWidth: 2, borderColor: '#fff' } }] }]
  }, function (p) {
    var key = p.data && p.data.key;
    if (key === 'OUTSIDE') {
      return;
    }
    open('&region=' + (key === null ? 'none' : key));
  });
})();
