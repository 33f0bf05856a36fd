// The big screen: listens to the event's stream of figures (server-sent events) and changes the numbers and the
// province table in place, without a reload. EventSource reconnects by itself after a break; the status line says so.
(function () {
    'use strict';
    var root = document.getElementById('screen');
    if (!root || !window.EventSource) {
        return;
    }
    var statusLine = document.getElementById('screen-status');

    function text(id, value) {
        document.getElementById(id).textContent = String(value);
    }

    function cell(row, tag, value, scope) {
        var element = document.createElement(tag);
        if (scope) {
            element.setAttribute('scope', scope);
        }
        element.textContent = String(value);
        row.appendChild(element);
    }

    function render(figures) {
        text('checked-in', figures.checkedIn);
        text('checked-in-cities', figures.checkedInCities);
        text('registered', figures.registered);
        text('registered-cities', figures.registeredCities);
        var table = document.getElementById('by-province');
        var body = table.tBodies[0];
        var rows = document.createDocumentFragment();
        figures.byProvince.forEach(function (province) {
            var row = document.createElement('tr');
            cell(row, 'th', province.provinceName, 'row');
            cell(row, 'td', province.checkedIn);
            cell(row, 'td', province.registered);
            cell(row, 'td', province.checkedInCities + ' / ' + province.registeredCities);
            rows.appendChild(row);
        });
        body.replaceChildren(rows);
        table.hidden = figures.byProvince.length === 0;
        document.getElementById('no-delegates').hidden = figures.byProvince.length > 0;
    }

    var source = new EventSource(root.getAttribute('data-stream'));
    source.addEventListener('figures', function (event) {
        render(JSON.parse(event.data));
        statusLine.textContent = root.getAttribute('data-live');
    });
    source.addEventListener('error', function () {
        statusLine.textContent = root.getAttribute('data-reconnecting');
    });
})();
