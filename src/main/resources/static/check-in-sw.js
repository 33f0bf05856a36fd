// The check-in page's service worker (registered by /js/check-in.js with the scope /events/): keeps the check-in page
// of an event (/events/{id}/check-in) and the scripts and stylesheets it loads, so that the page opens without a
// network after one visit. Both are fetched from the network first and kept fresh; the kept copy answers only when the
// network fails. Nothing else is kept: no other page of the back office, no answer of the API (the page keeps its list
// itself, and drops it when it expires).
'use strict';

const KEPT = 'citybridge-check-in-1';
const CHECK_IN_PAGE = /^\/events\/\d+\/check-in$/;
const ASSETS = ['/assets/', '/css/', '/js/', '/webjars/', '/vendor/'];

function isAsset(path) {
    return ASSETS.some(prefix => path.startsWith(prefix));
}

/** The page is kept under its path alone: ?lang=en and the like show the same page. */
function keyOf(url) {
    return CHECK_IN_PAGE.test(url.pathname) ? url.pathname : url.pathname + url.search;
}

function keepable(response) {
    return response.ok && response.type === 'basic' && !response.redirected;
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', event => event.waitUntil(
    caches.keys()
        .then(names => Promise.all(names.filter(name => name.startsWith('citybridge-check-in-') && name !== KEPT)
            .map(name => caches.delete(name))))
        .then(() => self.clients.claim())));

/** The page asks to keep itself and what it loads, on its first visit (before this worker controlled it). */
self.addEventListener('message', event => {
    const urls = (event.data && Array.isArray(event.data.keep) ? event.data.keep : [])
        .map(href => new URL(href, self.location.origin))
        .filter(url => url.origin === self.location.origin && (CHECK_IN_PAGE.test(url.pathname) || isAsset(url.pathname)));
    event.waitUntil(caches.open(KEPT)
        .then(kept => Promise.all(urls.map(url => kept.match(keyOf(url), {ignoreVary: true}).then(hit => hit || fetch(url, {credentials: 'same-origin'})
            .then(response => keepable(response) ? kept.put(keyOf(url), response) : Promise.reject(new Error(url + ': ' + response.status))))))
            .then(() => dropOtherReleases(kept, urls)))
        .then(() => true, () => false)
        .then(kept => event.ports.forEach(port => port.postMessage({kept: kept}))));
});

self.addEventListener('fetch', event => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate' && CHECK_IN_PAGE.test(url.pathname)) {
        event.respondWith(networkElseKept(request, keyOf(url), true));
    } else if (isAsset(url.pathname)) {
        event.respondWith(caches.open(KEPT).then(kept => kept.match(keyOf(url), {ignoreVary: true}))
            .then(hit => hit ? networkElseKept(request, keyOf(url), false) : fetch(request)));
    }
});

/** The release of an asset's address (/assets/{release}/...), or null for any other address. */
function releaseOf(path) {
    return path.startsWith('/assets/') ? path.split('/')[2] : null;
}

/** Assets of an earlier release, kept before an update, are not asked for again: dropped once the page kept its own. */
function dropOtherReleases(kept, urls) {
    const current = new Set(urls.map(url => releaseOf(url.pathname)).filter(release => release !== null));
    return kept.keys().then(requests => Promise.all(requests
        .filter(request => {
            const release = releaseOf(new URL(request.url).pathname);
            return release !== null && !current.has(release);
        })
        .map(request => kept.delete(request))));
}

/** From the network, keeping the answer; the kept copy when the network fails. A page refused now is no longer kept. */
function networkElseKept(request, key, page) {
    return caches.open(KEPT).then(kept => fetch(request)
        .then(response => {
            if (keepable(response)) {
                kept.put(key, response.clone());
            } else if (page && (response.status === 403 || response.status === 404)) {
                kept.delete(key);
            }
            return response;
        })
        .catch(error => kept.match(key, {ignoreVary: true}).then(hit => hit || Promise.reject(error))));
}
