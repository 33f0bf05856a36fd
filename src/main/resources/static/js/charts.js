// The dashboard's charts, drawn with ECharts from the figures the page carries as JSON (#chart-data), the same the
// data tables show. Clicking a bar or a point opens the list behind it; the charts follow the width of the window.
(function () {
    'use strict';
    var source = document.getElementById('chart-data');
    if (!source || !window.echarts) {
        return;
    }
    // Dark enough for 3:1 against white (WCAG 1.4.11) and told apart by pattern as well as by colour.
    var COLOURS = ['#0a58ca', '#146c43', '#b02a37'];
    var TEXT = '#212529';
    var ROW_HEIGHT = 30;
    var REDUCED_MOTION = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var locale = document.documentElement.lang && document.documentElement.lang.indexOf('zh') === 0 ? 'ZH' : 'EN';
    var charts = [];

    function plotted(chart) {
        var series = [];
        chart.columns.forEach(function (column, index) {
            if (column.plotted) {
                series.push({column: column, index: index});
            }
        });
        return series;
    }

    function options(chart) {
        var horizontal = chart.kind === 'HORIZONTAL_BAR';
        var categories = chart.points.map(function (p) { return p.label; });
        var series = plotted(chart).map(function (s, n) {
            return {
                name: s.column.heading,
                type: chart.kind === 'LINE' ? 'line' : 'bar',
                data: chart.points.map(function (p) { return p.cells[s.index].value; }),
                itemStyle: {color: COLOURS[n % COLOURS.length]},
                barMaxWidth: 32,
                lineStyle: {width: 3},
                symbol: 'circle',
                symbolSize: 10,
                connectNulls: false,
                cursor: 'pointer'
            };
        });
        var unit = plotted(chart)[0].column.unit;
        var categoryAxis = {type: 'category', data: categories, inverse: horizontal,
            axisLabel: {color: TEXT, interval: 0, hideOverlap: !horizontal}, axisLine: {lineStyle: {color: TEXT}}};
        var valueAxis = {type: 'value', minInterval: unit ? 0 : 1, max: unit === '%' ? 100 : null,
            name: unit && unit !== '%' ? unit : '', nameTextStyle: {color: TEXT},
            axisLabel: {color: TEXT, formatter: unit === '%' ? '{value}%' : '{value}'}};
        return {
            // The container's own label names the chart; ECharts adds the patterns only.
            aria: {enabled: series.length > 1, label: {enabled: false}, decal: {show: series.length > 1}},
            animation: !REDUCED_MOTION,
            textStyle: {color: TEXT},
            tooltip: {trigger: 'axis', axisPointer: {type: horizontal ? 'shadow' : 'line'},
                valueFormatter: function (v) { return v === null || v === undefined ? '—' : v + (unit && unit !== '%' ? ' ' + unit : unit); }},
            legend: series.length > 1 ? {top: 0, textStyle: {color: TEXT}} : undefined,
            grid: {left: 8, right: 24, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true},
            xAxis: horizontal ? valueAxis : categoryAxis,
            yAxis: horizontal ? categoryAxis : valueAxis,
            series: series
        };
    }

    function draw(element, chart) {
        if (chart.kind === 'HORIZONTAL_BAR') {
            var rowHeight = plotted(chart).length > 1 ? 2 * ROW_HEIGHT - 16 : ROW_HEIGHT;
            element.style.height = Math.max(240, chart.points.length * rowHeight + 80) + 'px';
        }
        var instance = window.echarts.init(element, null, {renderer: 'canvas', locale: locale});
        instance.on('finished', function () {
            element.setAttribute('data-drawn', 'true');
        });
        instance.setOption(options(chart));
        instance.on('click', function (event) {
            var point = chart.points[event.dataIndex];
            if (point && point.link) {
                window.location.assign(point.link);
            }
        });
        charts.push(instance);
    }

    JSON.parse(source.textContent).forEach(function (chart) {
        var element = document.querySelector('[data-chart="' + chart.id + '"]');
        if (element && chart.points.length) {
            draw(element, chart);
        }
    });
    window.addEventListener('resize', function () {
        charts.forEach(function (instance) { instance.resize(); });
    });
}());
