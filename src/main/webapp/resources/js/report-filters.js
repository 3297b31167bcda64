// The report filter form shows the choice the page was opened with: each select names it in data-value.
// A file of its own, not an inline script, so that the Content-Security-Policy allows no inline script.
document.querySelectorAll('#filters select[data-value]').forEach(function (s) {
    if (s.dataset.value) {
        s.value = s.dataset.value;
    }
});
