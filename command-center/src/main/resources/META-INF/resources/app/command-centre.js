// The command centre's page: the grid map with every open appeal, filters, counters, a live feed and the
// operator's actions. Plain script, no build step. Every API call carries the operator's access token from
// /session (the server-side sign-in: authorization code flow with PKCE).
'use strict';

(function () {
  const state = {session: null, units: null, filters: {}, selected: null, lastEventId: null};
  const map = L.map('map', {zoomControl: true, preferCanvas: false});
  const unitLayer = L.geoJSON(null, {style: unitStyle, onEachFeature: bindUnit}).addTo(map);
  const appealLayer = L.layerGroup().addTo(map);
  // The selected appeal, marked above the others: a ring that stays while the view and the markers change.
  const selectedLayer = L.layerGroup().addTo(map);
  let firstFit = true;
  // The page's language (the server chose it: the operator's switch, else the browser's) and its words
  // (#words, from the server's message bundles): the API answers in the same language.
  const LANG = document.documentElement.lang || 'zh-CN';
  const WORDS = document.getElementById('words').dataset;
  const say = (key, value) => (WORDS[key] || key).replace('$1', value == null ? '' : value);
  const CATEGORIES = Object.fromEntries([...document.querySelectorAll('#filters [name=category] option')]
    .filter(option => option.value).map(option => [option.value, option.textContent]));
  const categoryName = code => CATEGORIES[code] || code || '?';
  const statusName = status => WORDS['status' + (status || '').charAt(0) + (status || '').slice(1).toLowerCase()] || status;
  const CHANNELS = {APP: 'channelApp', HOTLINE: 'channelHotline', GRID_WORKER: 'channelGridWorker'};

  // ---- session and API -------------------------------------------------------------------------------------

  async function loadSession() {
    const answer = await fetch('/session', {redirect: 'manual', cache: 'no-store'});
    if (answer.type === 'opaqueredirect' || answer.status === 401) {
      location.reload(); // the sign-in ended: sign in again
      throw new Error('signed out');
    }
    if (!answer.ok) {
      throw new Error('session: ' + answer.status);
    }
    state.session = await answer.json();
    document.getElementById('username').textContent = state.session.name + ' (' + state.session.username + ')';
    const expiresIn = tokenExpiry(state.session.accessToken) - Date.now();
    setTimeout(() => loadSession().catch(console.error), Math.max(10000, expiresIn - 60000));
  }

  function tokenExpiry(token) {
    try {
      const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return payload.exp * 1000;
    } catch (e) {
      return Date.now() + 60000;
    }
  }

  async function api(path, options = {}) {
    const headers = Object.assign({Authorization: 'Bearer ' + state.session.accessToken,
      Accept: 'application/json', 'Accept-Language': LANG}, options.headers || {});
    let answer = await fetch(path, Object.assign({}, options, {headers}));
    if (answer.status === 401) {
      await loadSession();
      headers.Authorization = 'Bearer ' + state.session.accessToken;
      answer = await fetch(path, Object.assign({}, options, {headers}));
    }
    const text = await answer.text();
    const body = text ? JSON.parse(text) : null;
    if (!answer.ok) {
      const error = new Error(body && body.detail ? body.detail : 'HTTP ' + answer.status);
      error.problem = body;
      error.status = answer.status;
      throw error;
    }
    return body;
  }

  // ---- the grid map --------------------------------------------------------------------------------------

  async function loadUnits() {
    state.units = await api('/api/v1/map/units');
    const shown = state.units.features.filter(f => f.geometry && f.geometry.type && f.properties.level !== 'building');
    unitLayer.clearLayers();
    // The shaded grids first, the community and street outlines (unfilled) drawn over them.
    const order = {grid: 0, community: 1, street: 2};
    shown.sort((a, b) => (order[a.properties.level] ?? 3) - (order[b.properties.level] ?? 3));
    unitLayer.addData({type: 'FeatureCollection', features: shown});
    fillUnitChoices();
    if (firstFit && unitLayer.getLayers().length) {
      map.fitBounds(unitLayer.getBounds(), {padding: [10, 10]});
      firstFit = false;
    }
  }

  function shadeValue(feature) {
    const by = document.getElementById('shade').value;
    if (by === 'overdue') {
      return feature.properties.overdue;
    }
    const snapshot = feature.properties.latestSnapshot;
    return snapshot ? snapshot[by] : null;
  }

  function shadeColour(value) {
    const by = document.getElementById('shade').value;
    if (value === null || value === undefined) {
      return '#d9d9d9';
    }
    if (by === 'overdue') {
      return value === 0 ? '#e5f5e0' : value < 3 ? '#fdae6b' : value < 10 ? '#f16913' : '#a63603';
    }
    // A rate from 0 (red) to 1 (green).
    const hue = Math.round(Math.max(0, Math.min(1, value)) * 120);
    return 'hsl(' + hue + ', 65%, 55%)';
  }

  function unitStyle(feature) {
    const level = feature.properties.level;
    if (level === 'street') {
      return {color: '#222', weight: 3, fill: false};
    }
    if (level === 'community') {
      return {color: '#444', weight: 2, dashArray: '6 4', fill: false};
    }
    return {color: '#666', weight: 1, fillColor: shadeColour(shadeValue(feature)), fillOpacity: 0.45};
  }

  function bindUnit(feature, layer) {
    const p = feature.properties;
    layer.bindTooltip(() => {
      const snapshot = p.latestSnapshot;
      const rate = v => (v === null || v === undefined) ? '–' : Math.round(v * 100) + '%';
      const level = 'level' + p.level.charAt(0).toUpperCase() + p.level.slice(1);
      return '<b>' + escapeHtml(p.name) + '</b> (' + escapeHtml(say(level)) + ')<br>'
        + escapeHtml(say('tipOpen', p.open)) + ', ' + escapeHtml(say('tipOverdue', p.overdue)) + '<br>'
        + escapeHtml(snapshot ? say('tipResponse', rate(snapshot.responseRate)) + ', '
          + say('tipClosure', rate(snapshot.closureRate)) + ', ' + say('tipSatisfied', rate(snapshot.satisfiedRate))
          : say('tipNoEvaluation'));
    }, {sticky: true});
  }

  function fillUnitChoices() {
    const features = state.units.features;
    const choose = (select, level, first) => {
      const current = select.value;
      select.replaceChildren(new Option(first, ''));
      features.filter(f => f.properties.level === level)
        .forEach(f => select.add(new Option(f.properties.name + ' (' + f.id + ')', f.id)));
      select.value = current;
    };
    choose(document.querySelector('#filters [name=community]'), 'community', say('all'));
    choose(document.querySelector('#filters [name=grid]'), 'grid', say('all'));
    choose(document.querySelector('#reassign-form [name=gridId]'), 'grid', say('choose'));
  }

  // ---- appeals in view -----------------------------------------------------------------------------------

  let appealsRequest = 0;

  async function loadAppeals() {
    const request = ++appealsRequest;
    const query = viewQuery({zoom: map.getZoom()});
    Object.entries(state.filters).forEach(([name, value]) => value && query.set(name, value));
    const view = await api('/api/v1/map/appeals?' + query);
    if (request !== appealsRequest) {
      return; // a newer view was asked for meanwhile
    }
    appealLayer.clearLayers();
    (view.markers || []).forEach(addMarker);
    (view.clusters || []).forEach(addCluster);
    document.getElementById('map').dataset.shown = view.markers ? 'markers' : 'clusters';
  }

  function addMarker(m) {
    const classes = ['appeal-marker', 'status-' + m.status];
    if (m.overdue) {
      classes.push('overdue');
    }
    const icon = L.divIcon({className: classes.join(' '), iconSize: m.overdue ? [20, 20] : [14, 14],
      html: '<span data-appeal-id="' + escapeHtml(m.appealId) + '" data-status="' + escapeHtml(m.status)
        + '" data-overdue="' + m.overdue + '"></span>'});
    L.marker([m.latitude, m.longitude], {icon, title: m.reference + ' · ' + m.category + ' · ' + m.status
        + (m.overdue ? ' · OVERDUE' : ''), riseOnHover: true, zIndexOffset: m.overdue ? 1000 : 0})
      .on('click', () => select(m.appealId).catch(console.error)).addTo(appealLayer);
  }

  function addCluster(c) {
    const size = Math.min(56, 24 + Math.round(Math.log10(c.count + 1) * 10));
    const icon = L.divIcon({className: 'appeal-cluster' + (c.overdue ? ' has-overdue' : ''), iconSize: [size, size],
      html: '<span>' + c.count + (c.overdue ? '<small>' + c.overdue + ' overdue</small>' : '') + '</span>'});
    L.marker([c.latitude, c.longitude], {icon, title: c.count + ' open appeals'})
      .on('click', () => map.setView([c.latitude, c.longitude], Math.min(map.getZoom() + 2, 19)))
      .addTo(appealLayer);
  }

  function readFilters() {
    const form = document.getElementById('filters');
    const data = new FormData(form);
    state.filters = {};
    ['status', 'category', 'community', 'grid', 'department', 'overdue', 'queue'].forEach(name => {
      const value = data.get(name);
      if (value) {
        state.filters[name] = String(value).trim();
      }
    });
  }

  // ---- counters ------------------------------------------------------------------------------------------

  async function loadCounters() {
    const counters = await api('/api/v1/counters');
    const percent = v => (v === null || v === undefined) ? '–' : Math.round(v * 100) + '%';
    document.querySelectorAll('#counters .counter').forEach(element => {
      const value = counters[element.dataset.counter];
      element.querySelector('b').textContent = typeof value === 'object' && value !== null
        ? [value.responseRate, value.closureRate, value.satisfiedRate].map(percent).join(' · ')
        : value;
    });
  }

  // ---- details and actions -------------------------------------------------------------------------------

  async function select(appealId, pan) {
    state.selected = appealId;
    document.getElementById('action-result').textContent = '';
    document.getElementById('confirm-off-duty').hidden = true;
    const details = await showDetails();
    if (pan && details && details.appeal.latitude != null) {
      map.setView([details.appeal.latitude, details.appeal.longitude], Math.max(map.getZoom(), 17));
    }
  }

  function markSelected(a) {
    selectedLayer.clearLayers();
    if (a.latitude == null) {
      return;
    }
    const icon = L.divIcon({className: 'selected-appeal', iconSize: [34, 34],
      html: '<span data-appeal-id="' + escapeHtml(a.appealId) + '"></span>'});
    L.marker([a.latitude, a.longitude], {icon, title: (a.reference || a.appealId) + ' · ' + a.category,
      zIndexOffset: 2000, interactive: false}).addTo(selectedLayer);
  }

  async function showDetails() {
    if (!state.selected) {
      return;
    }
    const details = await api('/api/v1/appeals/' + encodeURIComponent(state.selected));
    const a = details.appeal;
    const section = document.getElementById('details');
    section.hidden = false;
    document.getElementById('card').hidden = true; // one thing at a time in the side panel
    section.dataset.appealId = a.appealId;
    const names = details.names || {};
    document.getElementById('detail-title').textContent = (a.reference || a.appealId) + ' · '
      + (names.category || categoryName(a.category));
    // [the fact's key (stable, for tests and styles), its word, its value]
    const facts = [
      ['status', 'factStatus', statusName(a.status) + (details.overdue ? say('overdueMark') : '')],
      ['description', 'factDescription', a.description || '–'],
      ['address', 'factAddress', a.address
        || (a.latitude != null ? a.latitude.toFixed(5) + ', ' + a.longitude.toFixed(5) : '–')],
      ['channel', 'factChannel', a.channel ? say(CHANNELS[a.channel] || a.channel) : '–'],
      ['supporters', 'factSupporters', String(a.supporters || 0)],
      ['grid', 'factGrid', (names.grid || a.gridName || '') + (a.gridId ? ' (' + a.gridId + ')' : '')],
      ['assignee', 'factAssignee', a.assigneeName ? a.assigneeName + ' (' + a.assigneeId + ')'
        : (a.queue === 'OPERATORS' ? say('queueNoWorker') : '–')],
      ['department', 'factDepartment', names.department || a.departmentName || a.department || '–'],
      ['accept-by', 'factAcceptBy', when(a.acceptBy)], ['resolve-by', 'factResolveBy', when(a.resolveBy)],
      ['submitted', 'factSubmitted', when(a.submittedAt)],
      ['last-event', 'factLastEvent', when(a.lastEventAt) + (details.timeline.length
        ? ' ' + details.timeline[details.timeline.length - 1].text : '')],
    ];
    const list = document.getElementById('detail-facts');
    list.replaceChildren();
    facts.forEach(([key, term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = say(term);
      const dd = document.createElement('dd');
      dd.textContent = value;
      dd.dataset.fact = key;
      list.append(dt, dd);
    });
    const photos = document.createElement('dd');
    photos.dataset.fact = 'photos';
    (a.mediaUrls || []).forEach((url, i) => {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = say('photoNumber', i + 1);
      photos.append(link, ' ');
    });
    const photosTerm = document.createElement('dt');
    photosTerm.textContent = say('factPhotos');
    list.append(photosTerm, photos);
    // The photos come from intake, through this service: the rest of the details never waits for them.
    showPhotos(a.appealId, photos).catch(() => {}).finally(() => {
      if (!photos.childNodes.length) {
        photos.textContent = '–';
      }
    });
    // Where it is, as the registry knows it: the building and the facility it names open their cards.
    [['building', 'factBuilding', a.buildingId, 'buildingId'], ['facility', 'factFacility', a.facilityId, 'facilityId']]
      .forEach(([kind, term, id, data]) => {
        if (!id || !window.commandCentre.openCard) {
          return;
        }
        const dt = document.createElement('dt');
        dt.textContent = say(term);
        const dd = document.createElement('dd');
        dd.dataset.fact = kind;
        const open = document.createElement('a');
        open.href = '#';
        open.dataset[data] = id;
        open.textContent = say(kind === 'building' ? 'showBuilding' : 'showFacility');
        open.addEventListener('click', event => {
          event.preventDefault();
          window.commandCentre.openCard(kind, id).catch(showActionError);
        });
        dd.append(open);
        list.append(dt, dd);
      });
    markSelected(a);
    const timeline = document.getElementById('detail-timeline');
    timeline.replaceChildren(...details.timeline.map(item => {
      const li = document.createElement('li');
      li.textContent = when(item.occurredAt) + ' ' + item.text;
      return li;
    }));
    document.getElementById('actions').hidden = !a.open;
    if (a.gridId) {
      fillWorkers(a.gridId, a.assigneeId).catch(showActionError);
    }
    return details;
  }

  /**
   * The appeal's photos, from intake through this service (the operator's token goes with each request): a
   * thumbnail each, the resident's "before" first, then the handler's "after"; a click opens the photo itself.
   */
  async function showPhotos(appealId, into) {
    let photos;
    try {
      photos = await api('/api/v1/appeals/' + encodeURIComponent(appealId) + '/photos');
    } catch (failure) {
      return; // intake away: the details still show, without pictures
    }
    await Promise.all((photos || []).map(async photo => {
      const link = document.createElement('a');
      link.href = '#';
      link.className = 'photo';
      link.dataset.photoId = photo.id;
      link.dataset.stage = photo.stage || '';
      link.title = say(photo.stage === 'CLOSURE' ? 'photoAfter' : 'photoBefore');
      const img = document.createElement('img');
      img.alt = link.title;
      img.src = await imageUrl('/api/v1/photos/' + encodeURIComponent(photo.id) + '/thumbnail');
      link.append(img);
      link.addEventListener('click', async event => {
        event.preventDefault();
        window.open(await imageUrl('/api/v1/photos/' + encodeURIComponent(photo.id)), '_blank', 'noopener');
      });
      into.append(link, ' ');
    }));
  }

  /** An image read with the operator's token, as a local object URL an img can show. */
  async function imageUrl(path) {
    const answer = await fetch(path, {headers: {Authorization: 'Bearer ' + state.session.accessToken}});
    if (!answer.ok) {
      throw new Error('HTTP ' + answer.status);
    }
    return URL.createObjectURL(await answer.blob());
  }

  async function fillWorkers(gridId, currentAssignee) {
    const workers = await api('/api/v1/grids/' + encodeURIComponent(gridId) + '/workers');
    const select = document.querySelector('#reassign-form [name=assignee]');
    select.replaceChildren(new Option(say('choose'), ''));
    workers.forEach(w => {
      const duty = w.onDuty ? say('onDuty') : w.nextShiftStart ? say('offDutyUntil', when(w.nextShiftStart)) : say('offDuty');
      const option = new Option(w.name + ' (' + w.id + ')' + (w.id === currentAssignee ? ', ' + say('assignedNow') : '')
        + ' · ' + duty + ' · ' + say('openTasks', w.openTasks), w.id);
      option.dataset.onDuty = String(w.onDuty);
      select.add(option);
    });
  }

  async function fillDepartments() {
    const departments = await api('/api/v1/departments');
    ['#escalate-form [name=department]', '#filters [name=department]'].forEach(selector => {
      const select = document.querySelector(selector);
      departments.forEach(d => select.add(new Option(d.name + ' (' + d.code + ')', d.code)));
    });
  }

  async function act(form, action, force) {
    const data = Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
    if (force) {
      data.force = true; // the operator confirmed a worker who is off duty
    }
    document.getElementById('confirm-off-duty').hidden = true;
    const result = document.getElementById('action-result');
    result.className = 'pending';
    result.textContent = say('sending');
    try {
      await api('/api/v1/appeals/' + encodeURIComponent(state.selected) + '/' + action, {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(data)});
      result.className = 'done';
      result.textContent = say(action === 'reassign' ? 'acceptedReassign' : 'acceptedEscalate');
      form.reset();
    } catch (error) {
      showActionError(error);
      if (error.status === 409 && error.problem && /:assignee-off-duty$/.test(error.problem.type || '')) {
        document.getElementById('confirm-off-duty').hidden = false; // asks before it sends force
      }
    }
  }

  function showActionError(error) {
    const result = document.getElementById('action-result');
    result.className = 'refused';
    result.textContent = problemText(error);
  }

  // ---- the live feed (server-sent events over fetch, so the request carries the token) --------------------

  async function followFeed() {
    let wait = 500;
    for (;;) {
      try {
        const headers = {Accept: 'text/event-stream', 'Accept-Language': LANG,
          Authorization: 'Bearer ' + state.session.accessToken};
        if (state.lastEventId) {
          headers['Last-Event-ID'] = state.lastEventId; // resume: nothing missed, nothing twice
        }
        const answer = await fetch('/api/v1/feed', {headers, cache: 'no-store'});
        if (answer.status === 401) {
          await loadSession();
          continue;
        }
        if (!answer.ok) {
          throw new Error('feed: HTTP ' + answer.status);
        }
        setLive(true);
        wait = 500;
        await readEvents(answer.body.getReader());
      } catch (error) {
        console.warn('live feed interrupted', error);
      }
      setLive(false);
      await new Promise(resolve => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 10000);
    }
  }

  async function readEvents(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const {value, done} = await reader.read();
      if (done) {
        return;
      }
      buffer += decoder.decode(value, {stream: true}).replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = {data: []};
        block.split('\n').forEach(line => {
          const colon = line.indexOf(':');
          if (colon === 0) {
            return; // a comment (keep-alive)
          }
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'id') {
            event.id = value;
          } else if (field === 'data') {
            event.data.push(value);
          }
        });
        if (event.data.length) {
          onFeedItem(JSON.parse(event.data.join('\n')));
        }
        if (event.id) {
          state.lastEventId = event.id;
        }
      }
    }
  }

  function feedLine(item) {
    const li = document.createElement('li');
    li.dataset.feedId = item.id;
    li.dataset.appealId = item.appealId || '';
    li.dataset.type = item.type;
    const which = document.createElement('b');
    which.className = 'feed-appeal';
    which.textContent = item.appealId ? (item.reference || say('appealShort', item.appealId.slice(0, 8))) + ' · '
      + categoryName(item.category) : '';
    li.append(when(item.occurredAt) + ' ', which, ' ' + item.text);
    if (item.appealId) {
      li.classList.add('clickable');
      li.title = say('showOnMap');
      li.addEventListener('click', () => select(item.appealId, true).catch(console.error));
    }
    return li;
  }

  /** The last lines, as the page opens; the stream then goes on after the last of them. */
  async function loadRecentFeed() {
    const items = await api('/api/v1/feed/recent?limit=50');
    const list = document.getElementById('feed-items');
    items.forEach(item => list.prepend(feedLine(item)));
    if (items.length) {
      state.lastEventId = String(items[items.length - 1].id);
    }
  }

  function onFeedItem(item) {
    const list = document.getElementById('feed-items');
    list.prepend(feedLine(item));
    while (list.children.length > 200) {
      list.lastElementChild.remove();
    }
    refreshSoon('appeals', loadAppeals, 150);
    refreshSoon('counters', loadCounters, 300);
    refreshSoon('units', loadUnits, item.type.includes('evaluation') || item.type.includes('grid-map') ? 300 : 3000);
    if (item.appealId && item.appealId === state.selected) {
      refreshSoon('details', showDetails, 150);
    }
    feedListeners.forEach(listener => listener(item));
  }

  function setLive(up) {
    const live = document.getElementById('live');
    live.className = up ? 'up' : 'down';
    live.title = say(up ? 'liveUp' : 'liveDown');
  }

  function showLinkedView() {
    const linked = /^#map=(\d{1,2})\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(location.hash);
    if (linked) {
      map.setView([Number(linked[2]), Number(linked[3])], Number(linked[1]));
    }
    return linked !== null;
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  const timers = {};

  function refreshSoon(name, load, delay) {
    if (timers[name]) {
      return;
    }
    timers[name] = setTimeout(() => {
      timers[name] = null;
      load().catch(console.error);
    }, delay);
  }

  function when(instant) {
    // District time, as the page's language writes it.
    return instant ? new Date(instant).toLocaleString(LANG, {timeZone: 'Asia/Shanghai', dateStyle: 'medium',
      timeStyle: 'short'}) : '–';
  }

  /** The map's view as the API takes it (west, south, east, north), with any other parameters. */
  function viewQuery(extra) {
    const bounds = map.getBounds();
    return new URLSearchParams(Object.assign({
      west: clamp(bounds.getWest(), -180, 180), south: clamp(bounds.getSouth(), -90, 90),
      east: clamp(bounds.getEast(), -180, 180), north: clamp(bounds.getNorth(), -90, 90),
    }, extra || {}));
  }

  /** What a refusal says to the operator: its problem's detail, else the error. */
  function problemText(error) {
    return error.problem && error.problem.detail ? error.problem.detail : error.message;
  }

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value)).toFixed(6);
  }

  function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
      "'": '&#39;'}[c]));
  }

  // ---- what the page's other script (one-image.js: the registry's layers, cards, search) uses --------------

  const feedListeners = [];
  const readyListeners = [];
  window.commandCentre = {
    map, api, say, when, escapeHtml, appealLayer, refreshSoon, viewQuery, problemText, statusName, categoryName,
    session: () => state.session,
    units: () => state.units,
    selectAppeal: (appealId, pan) => select(appealId, pan),
    /** Called with every feed line as it arrives. */
    onFeed: listener => feedListeners.push(listener),
    /** Awaited once the page has its session, map and feed, before it says it is ready. */
    onReady: listener => readyListeners.push(listener),
  };

  // ---- start ---------------------------------------------------------------------------------------------

  async function start() {
    await loadSession();
    if (state.session.tileUrl) {
      L.tileLayer(state.session.tileUrl, {maxZoom: 19}).addTo(map).bringToBack();
    }
    // A view can be linked (#map=zoom/latitude/longitude) and is kept in the address as the map moves.
    if (showLinkedView()) {
      firstFit = false;
    } else {
      map.setView([29.6, 106.22], 14);
    }
    window.addEventListener('hashchange', showLinkedView);
    await loadUnits();
    map.on('moveend', () => {
      const centre = map.getCenter();
      history.replaceState(null, '', '#map=' + map.getZoom() + '/' + centre.lat.toFixed(5) + '/'
        + centre.lng.toFixed(5));
      loadAppeals().catch(console.error);
    });
    document.getElementById('shade').addEventListener('change', () => unitLayer.setStyle(unitStyle));
    document.getElementById('filters').addEventListener('change', event => {
      if (event.target.name !== 'shade') {
        readFilters();
        loadAppeals().catch(console.error);
      }
    });
    document.getElementById('close-details').addEventListener('click', () => {
      state.selected = null;
      selectedLayer.clearLayers();
      document.getElementById('details').hidden = true;
    });
    document.getElementById('reassign-form').addEventListener('submit', event => {
      event.preventDefault();
      act(event.target, 'reassign');
    });
    document.getElementById('escalate-form').addEventListener('submit', event => {
      event.preventDefault();
      act(event.target, 'escalate');
    });
    document.getElementById('confirm-off-duty-button').addEventListener('click', () => {
      act(document.getElementById('reassign-form'), 'reassign', true);
    });
    await loadRecentFeed().catch(console.error);
    followFeed();
    await Promise.all([loadAppeals(), loadCounters(), fillDepartments()]);
    setInterval(() => loadCounters().catch(console.error), 30000);
    await Promise.all(readyListeners.map(listener => listener()));
    document.body.dataset.ready = 'true';
  }

  start().catch(error => {
    console.error(error);
    document.body.dataset.error = error.message;
  });
})();
