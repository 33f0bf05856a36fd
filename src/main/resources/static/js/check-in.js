// The check-in page of one event, for a phone. A badge's QR code read by the camera (jsQR) or a delegate found by name
// in the list kept on the device is checked in through /events/{id}/check-in/scans. Without a network the check-in is
// kept on the device at once ("待同步"), queued with a client id and the scan time, and synced through .../scans/batch
// when the network is back: the server counts a client id once, so a queue synced twice counts once. The list (names,
// cities, codes) is kept per event and session in localStorage and dropped after its expiresAt. A service worker
// (/check-in-sw.js) keeps the page itself, so that it opens without a network after one visit.
(function () {
    'use strict';
    const root = document.getElementById('check-in');
    if (!root) {
        return;
    }
    const DEBOUNCE_MS = 5000;
    const FRAME_MS = 200;
    const RETRY_MS = 30000;
    const BATCH_SIZE = 500;
    const MOST_RESULTS = 50;
    const LIST_PREFIX = 'citybridge.check-in.list.';
    const eventId = root.dataset.event;
    const queueKey = 'citybridge.check-in.queue.' + eventId;
    const texts = document.getElementById('check-in-texts').dataset;
    const clock = new Intl.DateTimeFormat('en-GB', {timeZone: root.dataset.zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});

    const sessionSelect = document.getElementById('check-in-session');
    const answer = document.getElementById('check-in-answer');
    const answerHeading = document.getElementById('check-in-answer-heading');
    const answerDetail = document.getElementById('check-in-answer-detail');
    const cameraToggle = document.getElementById('camera-toggle');
    const cameraProblem = document.getElementById('camera-problem');
    const cameraView = document.getElementById('camera-view');
    const video = document.getElementById('camera-video');
    const search = document.getElementById('check-in-search');
    const found = document.getElementById('check-in-found');
    const results = document.getElementById('check-in-results');
    const syncCount = document.getElementById('sync-count');
    const syncMessage = document.getElementById('sync-message');
    const listStatus = document.getElementById('list-status');

    let list = null;

    function format(template, ...args) {
        return template.replace(/\{(\d+)\}/g, (match, index) => args[index] === undefined ? match : String(args[index]));
    }

    function time(instant) {
        return clock.format(new Date(instant));
    }

    function meta(name) {
        const element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.content : null;
    }

    function session() {
        return sessionSelect.value ? Number(sessionSelect.value) : null;
    }

    function clientId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    }

    // --- what the device keeps

    function read(key) {
        try {
            const text = localStorage.getItem(key);
            return text ? JSON.parse(text) : null;
        } catch (e) {
            return null;
        }
    }

    function write(key, value) {
        try {
            localStorage.setItem(key, JSON.stringify(value));
        } catch (e) {
            // storage full or refused: the page still works while it stays open
        }
    }

    function listKey(forSession) {
        return LIST_PREFIX + eventId + '.' + (forSession === null ? 'event' : forSession);
    }

    function dropExpiredLists() {
        for (let i = localStorage.length - 1; i >= 0; i--) {
            const key = localStorage.key(i);
            if (key && key.startsWith(LIST_PREFIX)) {
                const kept = read(key);
                if (!kept || !(Date.parse(kept.expiresAt) > Date.now())) {
                    localStorage.removeItem(key);
                }
            }
        }
    }

    function queue() {
        return read(queueKey) || [];
    }

    function saveList() {
        if (list) {
            write(listKey(list.session), list);
        }
    }

    /** Marks on the list the delegates checked in on this device and not synced yet. */
    function markQueued() {
        queue().filter(scan => scan.session === list.session).forEach(scan => {
            const delegate = byCode(scan.code);
            if (delegate && !delegate.checkedInAt) {
                delegate.checkedInAt = scan.at;
                delegate.pending = true;
            }
        });
    }

    function byCode(code) {
        return list ? list.delegates.find(d => d.code === code) : undefined;
    }

    function showListStatus(fresh) {
        if (!list) {
            listStatus.textContent = texts.listNone;
        } else {
            listStatus.textContent = format(fresh ? texts.listSaved : texts.listOld, list.delegates.length, time(list.savedAt));
        }
    }

    function loadKeptList() {
        const kept = read(listKey(session()));
        list = kept && Date.parse(kept.expiresAt) > Date.now() ? kept : null;
        if (list) {
            markQueued();
        }
        showListStatus(false);
        renderResults();
    }

    async function refreshList() {
        const asked = session();
        try {
            const response = await fetch(root.dataset.list + (asked === null ? '' : '?session=' + asked),
                {credentials: 'same-origin', headers: {Accept: 'application/json'}});
            if (!response.ok || !isJson(response)) {
                throw new Error('list ' + response.status);
            }
            const fresh = await response.json();
            if (asked !== session()) {
                return;
            }
            list = {
                session: asked, expiresAt: fresh.expiresAt, savedAt: new Date().toISOString(),
                delegates: fresh.delegates.map(d => ({delegateId: d.delegateId, name: d.name, cityName: d.cityName, code: d.code, checkedInAt: d.checkedInAt}))
            };
            markQueued();
            saveList();
            showListStatus(true);
        } catch (e) {
            showListStatus(false);
        }
        renderResults();
    }

    // --- answers

    function show(kind, heading, detail) {
        answer.className = 'check-in-answer alert alert-' + kind;
        answerHeading.textContent = heading;
        answerDetail.textContent = detail || '';
    }

    function isJson(response) {
        return (response.headers.get('Content-Type') || '').includes('json') && !response.redirected;
    }

    function signInAgain() {
        syncMessage.replaceChildren(texts.signInAgain + ' ');
        const link = document.createElement('a');
        link.href = root.dataset.login;
        link.textContent = texts.signIn;
        syncMessage.appendChild(link);
    }

    function post(url, body) {
        const headers = {'Content-Type': 'application/json', Accept: 'application/json'};
        const header = meta('_csrf_header');
        if (header) {
            headers[header] = meta('_csrf');
        }
        return fetch(url, {method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body)});
    }

    async function checkIn(code) {
        const scan = {code: code, session: session(), clientId: clientId(), at: new Date().toISOString()};
        if (navigator.onLine === false) {
            keepOnDevice(scan);
            return;
        }
        let response;
        try {
            response = await post(root.dataset.scans, {code: scan.code, session: scan.session, clientId: scan.clientId});
        } catch (e) {
            keepOnDevice(scan);
            return;
        }
        if (response.status === 401 || response.status === 403 || (response.ok && !isJson(response))) {
            keepOnDevice(scan);
            signInAgain();
        } else if (response.status === 502 || response.status === 503 || response.status === 504) {
            keepOnDevice(scan);
        } else if (response.ok) {
            answered(await response.json());
        } else if (response.status === 422 && isJson(response)) {
            const problem = await response.json();
            show('danger', problem.title, problem.detail);
        } else {
            show('danger', format(texts.failed, response.status));
        }
    }

    function answered(checkIn) {
        if (checkIn.first) {
            show('success', format(texts.first, checkIn.delegateName, checkIn.cityName));
        } else {
            show('warning', format(texts.again, checkIn.delegateName, checkIn.cityName, time(checkIn.at), checkIn.by));
        }
        const delegate = list && checkIn.session === list.session
            ? list.delegates.find(d => d.delegateId === checkIn.delegateId) : undefined;
        if (delegate) {
            delegate.checkedInAt = checkIn.at;
            delegate.pending = false;
            saveList();
            renderResults();
        }
    }

    /** Without a network: checked in on the device at once and queued, unless the device knows them checked in. */
    function keepOnDevice(scan) {
        const delegate = scan.session === (list && list.session) ? byCode(scan.code) : undefined;
        if (delegate && delegate.checkedInAt) {
            show('warning', format(texts.againHere, delegate.name, delegate.cityName, time(delegate.checkedInAt)));
            return;
        }
        write(queueKey, queue().concat([scan]));
        if (delegate) {
            delegate.checkedInAt = scan.at;
            delegate.pending = true;
            saveList();
            show('info', format(texts.pending, delegate.name, delegate.cityName));
        } else {
            show('info', texts.pendingUnknown);
        }
        showQueue();
        renderResults();
    }

    // --- the queue

    let syncing = false;

    function showQueue() {
        const waiting = queue().length;
        syncCount.textContent = format(texts.queue, waiting);
        syncCount.classList.toggle('text-danger', waiting > 0);
    }

    async function sync() {
        if (syncing || queue().length === 0) {
            return;
        }
        syncing = true;
        let synced = 0;
        const refused = [];
        try {
            while (queue().length > 0) {
                const part = queue().slice(0, BATCH_SIZE);
                let response;
                try {
                    response = await post(root.dataset.batch, part.map(s => ({code: s.code, session: s.session, clientId: s.clientId, at: s.at})));
                } catch (e) {
                    syncMessage.textContent = texts.syncOffline;
                    return;
                }
                if (response.status === 401 || response.status === 403 || (response.ok && !isJson(response))) {
                    signInAgain();
                    return;
                }
                if (!response.ok) {
                    syncMessage.textContent = format(texts.syncFailed, response.status);
                    return;
                }
                const answers = await response.json();
                answers.forEach(a => {
                    if (a.refused) {
                        const scan = part.find(s => s.clientId === a.clientId);
                        const delegate = scan && scan.session === (list && list.session) ? byCode(scan.code) : undefined;
                        refused.push((delegate ? delegate.name + '（' + delegate.cityName + '）' : '') + a.refused.title);
                    } else {
                        synced++;
                    }
                });
                const done = new Set(answers.map(a => a.clientId));
                write(queueKey, queue().filter(s => !done.has(s.clientId)));
            }
            syncMessage.textContent = format(texts.synced, synced)
                + (refused.length ? ' ' + format(texts.syncRefused, refused.join('；')) : '');
            await refreshList();
        } finally {
            syncing = false;
            showQueue();
        }
    }

    // --- find by name

    function renderResults() {
        const wanted = search.value.trim().toLowerCase();
        results.replaceChildren();
        if (!wanted || !list) {
            found.textContent = '';
            return;
        }
        const hits = list.delegates.filter(d => d.name.toLowerCase().includes(wanted) || d.cityName.toLowerCase().includes(wanted));
        found.textContent = hits.length === 0 ? texts.notFound
            : hits.length > MOST_RESULTS ? format(texts.foundMore, hits.length, MOST_RESULTS) : format(texts.found, hits.length);
        hits.slice(0, MOST_RESULTS).forEach(delegate => results.appendChild(result(delegate)));
    }

    function result(delegate) {
        const item = document.createElement('li');
        item.className = 'list-group-item d-flex justify-content-between align-items-center gap-2';
        const who = document.createElement('div');
        const name = document.createElement('span');
        name.className = 'fw-bold fs-5';
        name.textContent = delegate.name;
        who.append(name, ' ', delegate.cityName);
        if (delegate.checkedInAt) {
            const mark = document.createElement('div');
            mark.className = 'small';
            mark.textContent = format(delegate.pending ? texts.pendingMark : texts.checkedInAt, time(delegate.checkedInAt));
            who.appendChild(mark);
        }
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-success btn-lg';
        button.textContent = texts.checkIn;
        button.setAttribute('aria-label', format(texts.checkInWho, delegate.name, delegate.cityName));
        button.addEventListener('click', () => checkIn(delegate.code));
        item.append(who, button);
        return item;
    }

    // --- the camera

    let stream = null;
    let frameTimer = null;
    let lastPosted = null;
    let lastSeenAt = 0;
    const canvas = document.createElement('canvas');
    const picture = canvas.getContext('2d', {willReadFrequently: true});

    async function startCamera() {
        cameraProblem.hidden = true;
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof window.jsQR !== 'function') {
            cameraTrouble(cameraProblem.dataset.unsupported);
            return;
        }
        try {
            stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false});
        } catch (e) {
            cameraTrouble(cameraProblem.dataset.refused);
            return;
        }
        video.srcObject = stream;
        cameraView.hidden = false;
        cameraToggle.textContent = cameraToggle.dataset.stop;
        try {
            await video.play();
        } catch (e) {
            // a muted inline video plays without a gesture; if not, frames are still drawn once it does
        }
        readFrame();
    }

    function stopCamera() {
        if (stream) {
            stream.getTracks().forEach(track => track.stop());
        }
        stream = null;
        clearTimeout(frameTimer);
        video.srcObject = null;
        cameraView.hidden = true;
        cameraToggle.textContent = cameraToggle.dataset.start;
    }

    function cameraTrouble(message) {
        stopCamera();
        cameraProblem.textContent = message;
        cameraProblem.hidden = false;
    }

    function readFrame() {
        if (!stream) {
            return;
        }
        if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
            const scale = Math.min(1, 640 / video.videoWidth);
            const width = Math.round(video.videoWidth * scale);
            const height = Math.round(video.videoHeight * scale);
            if (canvas.width !== width || canvas.height !== height) {
                canvas.width = width;
                canvas.height = height;
            }
            picture.drawImage(video, 0, 0, width, height);
            const code = window.jsQR(picture.getImageData(0, 0, width, height).data, width, height, {inversionAttempts: 'dontInvert'});
            if (code && code.data) {
                decoded(code.data);
            }
        }
        frameTimer = setTimeout(readFrame, FRAME_MS);
    }

    /** A badge held in front of the camera is read many times a second: it counts again only after a pause. */
    function decoded(code) {
        const now = Date.now();
        const again = code === lastPosted && now - lastSeenAt < DEBOUNCE_MS;
        lastSeenAt = now;
        if (!again) {
            lastPosted = code;
            checkIn(code);
        }
    }

    // --- the page kept for offline use

    async function keepPageOffline() {
        if (!('serviceWorker' in navigator)) {
            return;
        }
        try {
            await navigator.serviceWorker.register(root.dataset.worker, {scope: root.dataset.workerScope});
            const registration = await navigator.serviceWorker.ready;
            const shell = [location.pathname].concat(
                Array.from(document.querySelectorAll('link[rel="stylesheet"][href], script[src]'), e => e.href || e.src));
            const channel = new MessageChannel();
            channel.port1.onmessage = message => {
                document.getElementById('offline-ready').hidden = !message.data.kept;
            };
            registration.active.postMessage({keep: shell}, [channel.port2]);
        } catch (e) {
            // no service worker (private mode, an old browser): the page works while it is open
        }
    }

    cameraToggle.addEventListener('click', () => (stream ? stopCamera() : startCamera()));
    search.addEventListener('input', renderResults);
    sessionSelect.addEventListener('change', () => {
        lastPosted = null;
        loadKeptList();
        refreshList();
    });
    document.getElementById('sync-now').addEventListener('click', sync);
    window.addEventListener('online', sync);
    setInterval(() => {
        if (navigator.onLine !== false) {
            sync();
        }
    }, RETRY_MS);

    dropExpiredLists();
    showQueue();
    loadKeptList();
    refreshList().then(sync);
    keepPageOffline();
})();
