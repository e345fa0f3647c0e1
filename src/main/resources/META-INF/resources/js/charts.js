// Draws each chart of a page from its table: a canvas[data-chart] names its kind and the id of
// the table holding its figures (th = label, td[data-value] = one value per series, column
// headers = series names). The table stays in the page, folded, for people who would rather read.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var root = document.documentElement;
  var rtl = root.dir === 'rtl';
  var locale = root.lang === 'fa' ? 'fa-IR' : 'en';
  var body = getComputedStyle(document.body);
  var palette = ['#0d6efd', '#198754', '#dc3545', '#fd7e14', '#6f42c1', '#20c997', '#ffc107', '#6c757d'];

  Chart.defaults.font.family = body.fontFamily;
  Chart.defaults.color = body.color;
  Chart.defaults.locale = locale;

  function read(table) {
    var series = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (cell) {
      return cell.textContent.trim();
    });
    var labels = [];
    var values = series.map(function () { return []; });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      labels.push(row.cells[0].textContent.trim());
      Array.prototype.slice.call(row.cells, 1).forEach(function (cell, i) {
        values[i].push(Number(cell.getAttribute('data-value')));
      });
    });
    return { labels: labels, series: series, values: values };
  }

  function config(kind, data) {
    var round = kind === 'doughnut';
    var datasets = data.series.map(function (name, i) {
      var colour = round ? data.labels.map(function (_, j) { return palette[j % palette.length]; }) : palette[i];
      return {
        label: name,
        data: data.values[i],
        backgroundColor: colour,
        borderColor: round ? body.backgroundColor : palette[i],
        tension: 0.2,
        pointRadius: kind === 'line' ? 2 : undefined
      };
    });
    var options = {
      responsive: true,
      maintainAspectRatio: round,
      animation: false,
      locale: locale,
      plugins: {
        legend: { display: round || data.series.length > 1, rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' },
        tooltip: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' }
      }
    };
    if (!round) {
      var horizontal = kind === 'hbar';
      var category = { reverse: rtl && !horizontal, ticks: { autoSkip: true } };
      var value = { beginAtZero: true, reverse: rtl && horizontal, ticks: { precision: 0 } };
      options.indexAxis = horizontal ? 'y' : 'x';
      options.scales = horizontal
        ? { y: Object.assign(category, { position: rtl ? 'right' : 'left' }), x: value }
        : { x: category, y: Object.assign(value, { position: rtl ? 'right' : 'left' }) };
    }
    return { type: kind === 'hbar' ? 'bar' : kind, data: { labels: data.labels, datasets: datasets }, options: options };
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var kind = canvas.getAttribute('data-chart');
    var data = read(table);
    var holder = canvas.parentElement;
    holder.hidden = false;
    if (kind === 'hbar') {
      holder.style.height = Math.max(240, data.labels.length * 22) + 'px';
    } else if (kind !== 'doughnut') {
      holder.style.height = '280px';
    }
    new Chart(canvas, config(kind, data));
    var details = table.closest('details');
    if (details) {
      details.open = false;
    }
  });
}());
