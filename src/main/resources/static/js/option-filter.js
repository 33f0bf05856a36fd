// Narrows a long <select> to the options whose text contains what is typed into the search box naming it
// (data-filters="<select id>"): a keyboard-friendly way to find a city by name among hundreds.
document.addEventListener('input', function (event) {
    var box = event.target;
    var select = box.dataset && box.dataset.filters ? document.getElementById(box.dataset.filters) : null;
    if (!select) {
        return;
    }
    var text = box.value.trim();
    var shown = 0;
    Array.prototype.forEach.call(select.querySelectorAll('option'), function (option) {
        var match = !option.value || option.selected || option.text.indexOf(text) >= 0
            || (option.parentElement.label || '').indexOf(text) >= 0;
        option.hidden = !match;
        if (match && option.value) {
            shown++;
        }
    });
    Array.prototype.forEach.call(select.querySelectorAll('optgroup'), function (group) {
        group.hidden = !Array.prototype.some.call(group.children, function (option) { return !option.hidden; });
    });
    var status = document.getElementById(box.id + '-status');
    if (status) {
        status.textContent = box.dataset.countText.replace('{0}', shown);
    }
});
