// Results charts (Chart.js from the WebJar). Each <canvas data-chart="bar|line|radar" data-source="id"> takes its data
// from the JSON in <script type="application/json" id="id">: {"labels": [...], "series": [{"label": "...", "data": [...]}]}.
// The same numbers are in a table beside the chart, for readers without a screen or without script.
document.addEventListener("DOMContentLoaded", function () {
  var colours = ["#08519c", "#e6550d", "#31a354", "#756bb1", "#636363"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source || typeof Chart === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    var kind = canvas.dataset.chart;
    new Chart(canvas, {
      type: kind,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return {
            label: s.label,
            data: s.data,
            borderColor: colours[i % colours.length],
            backgroundColor: kind === "bar" ? colours[i % colours.length] : colours[i % colours.length] + "33",
            fill: kind === "radar",
            tension: 0.2
          };
        })
      },
      options: {
        animation: false,
        responsive: true,
        plugins: { legend: { display: data.series.length > 1 || kind === "radar" } },
        scales: kind === "radar"
          ? { r: { min: 0, max: 1 } }
          : { y: { beginAtZero: true, suggestedMax: data.max || undefined } }
      }
    });
  });
});
