// Draws the dashboard's progress chart (Chart.js from its WebJar) from the data on the canvas.
// The table under the chart holds the same figures as text.
(function () {
  var canvas = document.getElementById('progress-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var rows = JSON.parse(canvas.dataset.chart);
  var colours = {
    MET: '#1e7b34',
    ON_TRACK: '#5f8f1f',
    BEHIND: '#b26a00',
    FAR_BEHIND: '#c62828',
    NO_DATA: '#9e9e9e'
  };
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(function (r) { return r.name; }),
      datasets: [{
        label: canvas.dataset.label,
        data: rows.map(function (r) { return r.percent === null ? 0 : Math.min(r.percent, 150); }),
        backgroundColor: rows.map(function (r) { return colours[r.band]; })
      }]
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { min: 0, suggestedMax: 100, title: { display: true, text: canvas.dataset.target } } },
      plugins: { legend: { display: false } }
    }
  });
  canvas.dataset.rendered = 'true';
})();
