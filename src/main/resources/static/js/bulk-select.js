// The city list's selection for bulk actions: boxes ticked on any page are remembered (sessionStorage) while the
// list is filtered or paged, sent with the bulk form, and counted live ("已选 12 个城市"); "all N matching" selects
// every city of the filter instead. Works without this script for the boxes of the page shown.
(function () {
    var KEY = 'citybridge.bulkSelection';
    var form = document.getElementById('bulk-form');
    if (!form) {
        return;
    }
    var selected = new Set(JSON.parse(sessionStorage.getItem(KEY) || '[]'));

    function boxes() {
        return Array.prototype.slice.call(document.querySelectorAll('input.bulk-pick'));
    }

    function allMatching() {
        var box = document.getElementById('bulk-all-matching');
        return box && box.checked ? box : null;
    }

    function save() {
        sessionStorage.setItem(KEY, JSON.stringify(Array.from(selected)));
    }

    function show() {
        var all = allMatching();
        var count = all ? Number(all.dataset.total) : selected.size;
        document.getElementById('bulk-count').textContent = form.dataset.countText.replace('{0}', count);
        var page = document.getElementById('bulk-pick-page');
        var shown = boxes();
        if (page) {
            page.checked = shown.length > 0 && shown.every(function (box) { return box.checked; });
        }
    }

    function sync() {
        boxes().forEach(function (box) {
            if (box.checked && !allMatching()) {
                selected.add(box.value);
            }
            box.checked = selected.has(box.value) || !!allMatching();
        });
        save();
        show();
    }

    function showFieldsOf(action) {
        form.querySelectorAll('[data-for-action]').forEach(function (field) {
            field.hidden = field.dataset.forAction.split(' ').indexOf(action) < 0;
        });
    }

    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target.classList.contains('bulk-pick')) {
            var all = allMatching();
            if (all && !target.checked) {
                all.checked = false;
                boxes().forEach(function (box) { if (box.checked) { selected.add(box.value); } });
            }
            if (target.checked) { selected.add(target.value); } else { selected.delete(target.value); }
            save();
            show();
        } else if (target.id === 'bulk-pick-page') {
            boxes().forEach(function (box) {
                box.checked = target.checked;
                if (target.checked) { selected.add(box.value); } else { selected.delete(box.value); }
            });
            if (!target.checked && allMatching()) { allMatching().checked = false; }
            save();
            show();
        } else if (target.id === 'bulk-all-matching') {
            boxes().forEach(function (box) { box.checked = target.checked || selected.has(box.value); });
            show();
        } else if (target.id === 'bulk-action') {
            showFieldsOf(target.value);
        }
    });

    document.getElementById('bulk-clear').addEventListener('click', function () {
        selected.clear();
        save();
        if (allMatching()) { allMatching().checked = false; }
        boxes().forEach(function (box) { box.checked = false; });
        show();
    });

    // The codes ticked on other pages go along as hidden fields (those of the page shown are ticked boxes already).
    form.addEventListener('submit', function () {
        form.querySelectorAll('input.bulk-kept').forEach(function (input) { input.remove(); });
        if (allMatching()) {
            return;
        }
        var onPage = new Set(boxes().map(function (box) { return box.value; }));
        selected.forEach(function (code) {
            if (!onPage.has(code)) {
                var input = document.createElement('input');
                input.type = 'hidden';
                input.name = 'codes';
                input.value = code;
                input.className = 'bulk-kept';
                form.appendChild(input);
            }
        });
    });

    document.body.addEventListener('htmx:afterSettle', sync);
    showFieldsOf(document.getElementById('bulk-action').value);
    sync();
})();

// A form marked data-clears-selection (applying a bulk action) ends the remembered selection.
document.addEventListener('submit', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-clears-selection')) {
        sessionStorage.removeItem('citybridge.bulkSelection');
    }
});
