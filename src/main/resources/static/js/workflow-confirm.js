// Asks before a step that cannot be undone: a form with data-confirm="<dialog id>" and a hidden input
// confirmed=false opens that native <dialog>; only "yes" sends the form, with confirmed=true. Without script
// (or without <dialog>) the form is sent as it is and the server answers a confirmation step instead.
document.addEventListener('submit', function (event) {
    var form = event.target;
    var dialogId = form.getAttribute && form.getAttribute('data-confirm');
    if (!dialogId) {
        return;
    }
    var confirmed = form.querySelector('input[name="confirmed"]');
    var dialog = document.getElementById(dialogId);
    if (!confirmed || confirmed.value === 'true' || !dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    event.preventDefault();
    var submitter = event.submitter || form.querySelector('[type="submit"]');
    dialog.querySelector('[data-confirm-yes]').onclick = function () {
        confirmed.value = 'true';
        dialog.close();
        form.submit();
    };
    dialog.querySelector('[data-confirm-no]').onclick = function () {
        dialog.close();
    };
    dialog.addEventListener('close', function () {
        if (confirmed.value !== 'true' && submitter) {
            submitter.focus();
        }
    }, {once: true});
    dialog.showModal();
});
