// Draws oxbench's charts with ECharts from the JSON in #oxbench-charts, then records in #oxbench-check
// what was drawn and every error seen, so a headless browser test can read the result from the DOM.
// (No template literals or at-signs here: Maven filters this file.)
(function () {
  var palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

  // Text from the data, made safe to put into the HTML ECharts builds tooltips from.
  function esc(text) {
    return String(text == null ? '' : text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

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

  // A vertical bar from low to high with caps, one per data item [x, low, high, value, open]. An open
  // bar (a low end a log axis cannot show) is drawn from the value up only, with a short dashed stub and
  // an arrowhead instead of a bottom cap: the interval goes on below what the axis can show.
  // Caps shrink, and the bars fade, when the points crowd together (a zoomed-out trend).
  function errorBars(name, color, data, plotWidth) {
    return {
      type: 'custom', name: name, data: data, z: 10, silent: true, clip: true,
      // Both ends count for the axis range, so that no bar runs off the plot.
      encode: { x: 0, y: [1, 2] },
      itemStyle: { color: color },
      renderItem: function (params, api) {
        var crowd = Math.max(1, params.dataInsideLength || 1);
        var spacing = (plotWidth || 1000) / crowd;
        var cap = Math.max(0, Math.min(5, spacing / 3));
        var style = { stroke: color, lineWidth: spacing < 4 ? 1 : 1.5, opacity: spacing < 4 ? 0.35 : 1 };
        var top = api.coord([api.value(0), api.value(2)]);
        var open = api.value(4) === 1;
        var bottom = api.coord([api.value(0), open ? api.value(3) : api.value(1)]);
        var children = [
          { type: 'line', shape: { x1: top[0], y1: top[1], x2: bottom[0], y2: bottom[1] }, style: style },
          { type: 'line', shape: { x1: top[0] - cap, y1: top[1], x2: top[0] + cap, y2: top[1] }, style: style }
        ];
        if (open) {
          children.push({ type: 'line', shape: { x1: bottom[0], y1: bottom[1], x2: bottom[0], y2: bottom[1] + 14 },
            style: { stroke: color, lineWidth: 1.5, lineDash: [3, 3] } });
          children.push({ type: 'polyline', shape: { points: [[bottom[0] - 4, bottom[1] + 10], [bottom[0], bottom[1] + 16],
            [bottom[0] + 4, bottom[1] + 10]] }, style: { stroke: color, lineWidth: 1.5, fill: null } });
        } else {
          children.push({ type: 'line', shape: { x1: bottom[0] - cap, y1: bottom[1], x2: bottom[0] + cap, y2: bottom[1] },
            style: style });
        }
        return { type: 'group', children: children };
      }
    };
  }

  // Interval ends for the error bars, [x, low, high, value, open]; on a log axis (logAxis true) a low
  // end at or below zero cannot be drawn, so the bar is marked open instead of being cut at the axis.
  function interval(p, x, logAxis) {
    var low = p.low == null ? p.value : p.low;
    var high = p.high == null ? p.value : p.high;
    var open = logAxis && low <= 0;
    return [x, open ? p.value : low, high, p.value, open ? 1 : 0];
  }

  // Round bounds (1, 2 or 5 times a power of ten) just around the smallest and largest of values: a log
  // axis that fits its data, rather than decades of nothing on either side.
  function roundBounds(values) {
    var positive = values.filter(function (v) { return v != null && v > 0; });
    if (positive.length === 0) { return {}; }
    var steps = [1, 2, 5, 10];
    var least = Math.min.apply(null, positive);
    var most = Math.max.apply(null, positive);
    var low = Math.pow(10, Math.floor(Math.log10(least)));
    var min = low;
    steps.forEach(function (step) { if (low * step <= least) { min = low * step; } });
    var high = Math.pow(10, Math.floor(Math.log10(most)));
    var max = high * 10;
    steps.slice().reverse().forEach(function (step) { if (high * step >= most) { max = high * step; } });
    return { min: min, max: max > min ? max : min * 10 };
  }

  function tooltip(unit) {
    return function (item) {
      var p = item.data && item.data.point;
      if (!p) { return ''; }
      var text = esc(item.seriesName) + '<br>' + esc(format(p.value) + ' ' + unit);
      if (p.low != null) { text += '<br>99.9% CI [' + esc(format(p.low)) + ', ' + esc(format(p.high)) + ']'; }
      if (p.label) { text += '<br>' + esc(p.label); }
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
        errorBars('99.9% CI', '#333', chart.points.map(function (p, i) { return interval(p, i, true); }))
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
      series.push(errorBars(s.name, color, s.points.map(function (p) { return interval(p, p.x, true); })));
    });
    // The line is marked with a short label; the whole sentence is the subtitle, where it cannot run off the plot.
    if (chart.crossover != null && series.length > 0) {
      series[0].markLine = { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#555' },
        label: { formatter: function () { return 'crossover'; }, position: 'end' }, data: [{ xAxis: chart.crossover }] };
    }
    var x = roundBounds(all.map(function (p) { return p.x; }).concat(chart.crossover == null ? [] : [chart.crossover]));
    return {
      title: { text: chart.title, subtext: chart.crossover_label || '', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: tooltip(chart.unit) },
      legend: { top: chart.crossover_label ? 48 : 28, data: chart.series.map(function (s) { return s.name; }) },
      grid: { left: 80, right: 40, top: chart.crossover_label ? 100 : 80, bottom: 60 },
      xAxis: { type: 'log', min: x.min, max: x.max, name: chart.x_unit, nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'log', min: floor, name: chart.unit, nameLocation: 'middle', nameGap: 55 },
      series: series
    };
  }

  // Runs on a time axis, zoomed to the latest ones (drag the slider, or the wheel on the chart, to see more).
  function trend(chart, element) {
    var plotWidth = Math.max(100, element.clientWidth - 120);
    var series = [];
    var times = [];
    chart.series.forEach(function (s, i) {
      var color = palette[i % palette.length];
      series.push({ type: 'line', name: s.name, color: color, symbolSize: 6, showAllSymbol: 'auto', cursor: 'pointer',
        data: s.points.map(function (p) { times.push(p.x); return { value: [p.x, p.value], point: p }; }) });
      series.push(errorBars(s.name, color, s.points.map(function (p) { return interval(p, p.x, false); }), plotWidth));
    });
    series.push({ type: 'scatter', name: 'regression', color: '#d62728', symbol: 'triangle', symbolSize: 14, z: 20,
      cursor: 'pointer', data: chart.regressions.map(function (p) { return { value: [p.x, p.value], point: p }; }) });
    times.sort(function (a, b) { return a - b; });
    var shown = 60;
    var start = times.length > shown ? times[times.length - shown] : undefined;
    return {
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: tooltip(chart.unit) },
      legend: { top: 26, data: chart.series.map(function (s) { return s.name; }).concat(['regression']) },
      grid: { left: 90, right: 30, top: 64, bottom: 74 },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, name: chart.unit, nameLocation: 'middle', nameGap: 60 },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'filter', startValue: start },
        { type: 'slider', xAxisIndex: 0, filterMode: 'filter', startValue: start, height: 18, bottom: 8 }
      ],
      series: series
    };
  }

  var kinds = { bars: bars, scaling: scaling, trend: trend };
  var check = { errors: window.oxbenchErrors, charts: {} };
  function record() {
    document.getElementById('oxbench-check').textContent = JSON.stringify(check);
  }

  function draw(chart) {
    try {
      var element = document.getElementById(chart.id);
      var instance = echarts.init(element, null, { renderer: 'canvas' });
      var option = kinds[chart.kind](chart, element);
      option.animation = false;
      instance.setOption(option);
      instance.on('click', function (item) {
        var p = item.data && item.data.point;
        if (p && p.run) { window.location.href = 'runs/' + encodeURIComponent(p.run) + '/report.html'; }
      });
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
  }

  // Data files (data/*.js, see Dashboard) call this when they load.
  window.oxbenchCharts = {
    add: function (charts) {
      charts.forEach(draw);
      record();
    }
  };
  JSON.parse(document.getElementById('oxbench-charts').textContent).forEach(draw);

  // A section's charts load when it comes near the screen: a long history stays cheap to open.
  // Plain script elements, not fetch(): browsers refuse fetch() from file:// pages.
  function load(section) {
    if (section.getAttribute('data-loaded')) { return; }
    section.setAttribute('data-loaded', 'true');
    var script = document.createElement('script');
    script.src = section.getAttribute('data-charts');
    script.onerror = function () { window.oxbenchErrors.push('cannot load ' + script.src); record(); };
    document.body.appendChild(script);
  }
  var sections = Array.prototype.slice.call(document.querySelectorAll('[data-charts]'));
  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { observer.unobserve(entry.target); load(entry.target); }
      });
    }, { rootMargin: '600px 0px' });
    sections.forEach(function (section) { observer.observe(section); });
  } else {
    sections.forEach(load);
  }
  record();
})();
