// Draws oxbench's charts with ECharts from the JSON in #oxbench-charts, then records in #oxbench-check
// what was drawn and every error seen, so a headless browser test can read the result from the DOM.
// (No template literals or at-signs here: Maven filters this file.)
(function () {
  var palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

  function format(value) {
    if (value == null) { return '-'; }
    return value >= 100 ? value.toFixed(1) : value.toPrecision(4);
  }

  // The lowest power of ten below every value and interval end: the bottom of a log axis.
  function logFloor(points) {
    var least = Infinity;
    points.forEach(function (p) {
      [p.value, p.low].forEach(function (v) { if (v != null && v > 0 && v < least) { least = v; } });
    });
    return least === Infinity ? 1 : Math.pow(10, Math.floor(Math.log10(least)));
  }

  // A vertical bar from low to high with caps, one per data item [x, low, high].
  function errorBars(name, color, data) {
    return {
      type: 'custom', name: name, data: data, z: 10, silent: true,
      itemStyle: { color: color },
      renderItem: function (params, api) {
        var top = api.coord([api.value(0), api.value(2)]);
        var bottom = api.coord([api.value(0), api.value(1)]);
        var cap = 5;
        var style = { stroke: color, lineWidth: 1.5 };
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: top[0], y1: top[1], x2: bottom[0], y2: bottom[1] }, style: style },
            { type: 'line', shape: { x1: top[0] - cap, y1: top[1], x2: top[0] + cap, y2: top[1] }, style: style },
            { type: 'line', shape: { x1: bottom[0] - cap, y1: bottom[1], x2: bottom[0] + cap, y2: bottom[1] }, style: style }
          ]
        };
      }
    };
  }

  // Interval ends for the error bars; an end that cannot be drawn on a log axis is cut at its bottom.
  function interval(p, x, floor) {
    var low = p.low == null ? p.value : p.low;
    var high = p.high == null ? p.value : p.high;
    return [x, floor != null && low <= 0 ? floor : low, high];
  }

  function tooltip(unit) {
    return function (item) {
      var p = item.data && item.data.point;
      if (!p) { return ''; }
      var text = item.seriesName + '<br>' + format(p.value) + ' ' + unit;
      if (p.low != null) { text += '<br>99.9% CI [' + format(p.low) + ', ' + format(p.high) + ']'; }
      if (p.label) { text += '<br>' + p.label; }
      return text;
    };
  }

  function bars(chart) {
    var floor = logFloor(chart.points);
    return {
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: tooltip(chart.unit) },
      grid: { left: 80, right: 30, top: 50, bottom: 90 },
      xAxis: { type: 'category', data: chart.names, axisLabel: { interval: 0, rotate: chart.names.length > 4 ? 20 : 0 } },
      yAxis: { type: 'log', min: floor, name: chart.unit, nameLocation: 'middle', nameGap: 55 },
      series: [
        // Bars drawn from the axis bottom: a log axis has no zero for ECharts' own bars to start at.
        { type: 'custom', name: 'time',
          renderItem: function (params, api) {
            var top = api.coord([api.value(0), api.value(1)]);
            var bottom = api.coord([api.value(0), floor]);
            var width = Math.min(60, api.size([1, 0])[0] * 0.6);
            return { type: 'rect', shape: { x: top[0] - width / 2, y: top[1], width: width, height: bottom[1] - top[1] },
              style: api.style() };
          },
          data: chart.points.map(function (p, i) {
            return { value: [i, p.value], point: p, itemStyle: { color: palette[i % palette.length] } };
          }) },
        errorBars('99.9% CI', '#333', chart.points.map(function (p, i) { return interval(p, i, floor); }))
      ]
    };
  }

  function scaling(chart) {
    var all = [];
    chart.series.forEach(function (s) { all = all.concat(s.points); });
    var floor = logFloor(all);
    var series = [];
    chart.series.forEach(function (s, i) {
      var color = palette[i % palette.length];
      series.push({ type: 'line', name: s.name, color: color, symbolSize: 7,
        data: s.points.map(function (p) { return { value: [p.x, p.value], point: p }; }) });
      series.push(errorBars(s.name, color, s.points.map(function (p) { return interval(p, p.x, floor); })));
    });
    if (chart.crossover != null && series.length > 0) {
      series[0].markLine = { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#555' },
        label: { formatter: chart.crossover_label, position: 'insideEndTop' }, data: [{ xAxis: chart.crossover }] };
    }
    return {
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: tooltip(chart.unit) },
      legend: { top: 28, data: chart.series.map(function (s) { return s.name; }) },
      grid: { left: 80, right: 40, top: 80, bottom: 60 },
      xAxis: { type: 'log', name: chart.x_unit, nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'log', min: floor, name: chart.unit, nameLocation: 'middle', nameGap: 55 },
      series: series
    };
  }

  function trend(chart) {
    var series = [];
    chart.series.forEach(function (s, i) {
      var color = palette[i % palette.length];
      series.push({ type: 'line', name: s.name, color: color, symbolSize: 8, cursor: 'pointer',
        data: s.points.map(function (p) { return { value: [p.x, p.value], point: p }; }) });
      series.push(errorBars(s.name, color, s.points.map(function (p) { return interval(p, p.x, null); })));
    });
    series.push({ type: 'scatter', name: 'regression', color: '#d62728', symbol: 'triangle', symbolSize: 16, z: 20,
      cursor: 'pointer', data: chart.regressions.map(function (p) { return { value: [p.x, p.value], point: p }; }) });
    return {
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: tooltip(chart.unit) },
      legend: { top: 28, data: chart.series.map(function (s) { return s.name; }).concat(['regression']) },
      grid: { left: 90, right: 30, top: 70, bottom: 100 },
      xAxis: { type: 'category', data: chart.runs, axisLabel: { rotate: 30, hideOverlap: true } },
      yAxis: { type: 'value', scale: true, name: chart.unit, nameLocation: 'middle', nameGap: 60 },
      series: series
    };
  }

  var kinds = { bars: bars, scaling: scaling, trend: trend };
  var check = { errors: window.oxbenchErrors, charts: {} };
  var data = JSON.parse(document.getElementById('oxbench-charts').textContent);
  data.forEach(function (chart) {
    try {
      var element = document.getElementById(chart.id);
      var instance = echarts.init(element, null, { renderer: 'canvas' });
      var option = kinds[chart.kind](chart);
      option.animation = false;
      instance.setOption(option);
      if (chart.hrefs) {
        instance.on('click', function (item) {
          var p = item.data && item.data.point;
          if (p && chart.hrefs[p.x]) { window.location.href = chart.hrefs[p.x]; }
        });
      }
      window.addEventListener('resize', function () { instance.resize(); });
      var canvas = element.querySelector('canvas');
      check.charts[chart.id] = {
        kind: chart.kind,
        width: canvas ? canvas.width : 0,
        height: canvas ? canvas.height : 0,
        series: instance.getOption().series.length
      };
    } catch (e) {
      window.oxbenchErrors.push('chart ' + chart.id + ': ' + e);
    }
  });
  document.getElementById('oxbench-check').textContent = JSON.stringify(check);
})();
