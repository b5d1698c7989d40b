// The street's "one image" on the command centre's map: the registry's buildings, facilities and organisations and
// the grid workers on duty, as layers the operator switches; their cards; one search box; the repeat problems.
// Everything comes from the command centre's read model, except contacts and households, which the registry gives
// (with the operator's token and a stated purpose, logged there). Plain script, after command-centre.js.
'use strict';

(function () {
  const cc = window.commandCentre;
  const {map, api, say, when, escapeHtml, viewQuery, problemText, statusName, categoryName} = cc;
  const canvas = L.canvas({padding: 0.2});
  const layers = {
    buildings: L.layerGroup(),
    facilities: L.layerGroup(),
    organisations: L.layerGroup(),
    onDuty: L.layerGroup(),
  };
  const form = document.getElementById('layers');
  const CLASS_NAMES = Object.fromEntries([...form.querySelectorAll('[name=class] option')]
    .filter(option => option.value).map(option => [option.value, option.textContent.trim()]));
  /** Facilities are drawn from street zoom on: a whole district's 20,000 would not help anyone. */
  const FACILITY_ZOOM = 15;
  let card = null; // {kind, id} of the card open

  // ---- layers --------------------------------------------------------------------------------------------

  function shown(name) {
    return form.elements[name].checked;
  }

  function count(name, n) {
    document.getElementById('map').dataset[name + 'Shown'] = String(n);
  }

  /** Each layer is asked for on its own and drawn as soon as it answers (a slow one holds up no other). */
  const requests = {};

  function loadLayer(name, ask, draw) {
    const mine = requests[name] = (requests[name] || 0) + 1;
    return (ask ? ask() : Promise.resolve(null)).then(answer => {
      if (mine === requests[name]) { // else a newer view was asked for meanwhile
        draw(answer);
      }
    });
  }

  async function loadLayers() {
    const zoom = map.getZoom();
    const classCode = form.elements['class'].value;
    if (shown('appeals')) {
      cc.appealLayer.addTo(map);
    } else {
      cc.appealLayer.remove();
    }
    count('appeals', shown('appeals') ? cc.appealLayer.getLayers().length : 0);
    await Promise.all([
      loadLayer('buildings', shown('buildings') && (() => api('/api/v1/layers/buildings?' + viewQuery())),
        answer => drawBuildings(answer ? answer.items : [])),
      loadLayer('facilities', shown('facilities') && zoom >= FACILITY_ZOOM
        && (() => api('/api/v1/layers/facilities?' + viewQuery(classCode ? {class: classCode} : {}))),
        answer => drawFacilities(answer ? answer.items : [])),
      loadLayer('organisations', shown('organisations') && (() => api('/api/v1/layers/organisations?' + viewQuery())),
        answer => drawOrganisations(answer || [])),
      loadLayer('onDuty', shown('onDuty') && (() => api('/api/v1/layers/on-duty')), answer => drawOnDuty(answer || [])),
    ]);
  }

  function measureOf(building) {
    return building[form.elements.measure.value];
  }

  function buildingColour(value) {
    const measure = form.elements.measure.value;
    if (value === null || value === undefined) {
      return '#cfcfcf';
    }
    if (measure === 'vacancy') {
      return 'hsl(' + Math.round((1 - Math.min(1, value * 3)) * 120) + ', 60%, 50%)';
    }
    return value === 0 ? '#b7d7b0' : value < 3 ? '#fdd49e' : value < 6 ? '#fc8d59' : '#d7301f';
  }

  function drawBuildings(items) {
    layers.buildings.clearLayers();
    items.forEach(b => {
      const style = {renderer: canvas, color: '#555', weight: 1, fillColor: buildingColour(measureOf(b)),
        fillOpacity: 0.8};
      const shape = b.outline ? L.geoJSON(b.outline, {style: () => style})
        : L.circleMarker([b.latitude, b.longitude], Object.assign({radius: 6}, style));
      shape.bindTooltip(escapeHtml(b.address) + '<br>' + escapeHtml(say('openCount', b.openAppeals)) + ' · '
        + escapeHtml(say('faultsCount', b.recentAppeals)));
      shape.on('click', () => openCard('building', b.buildingId).catch(showError));
      shape.addTo(layers.buildings);
    });
    count('buildings', items.length);
  }

  function drawFacilities(items) {
    layers.facilities.clearLayers();
    items.forEach(f => {
      const glyph = (CLASS_NAMES[f.classCode] || f.classCode).charAt(0);
      const classes = ['facility-mark', 'facility-' + f.status];
      if (f.repeats) {
        classes.push('repeats');
      }
      const icon = L.divIcon({className: classes.join(' '), iconSize: f.status === 'FAULTY' ? [24, 24] : [18, 18],
        html: '<span data-facility-id="' + escapeHtml(f.facilityId) + '" data-status="' + escapeHtml(f.status)
          + '" data-class="' + escapeHtml(f.classCode) + '">' + escapeHtml(glyph) + '</span>'});
      L.marker([f.latitude, f.longitude], {icon, title: f.name + ' · ' + say('facility' + f.status),
        zIndexOffset: f.status === 'FAULTY' ? 900 : 0})
        .on('click', () => openCard('facility', f.facilityId).catch(showError)).addTo(layers.facilities);
    });
    count('facilities', items.length);
  }

  function organisationGroup(type) {
    return /PARTY/.test(type) ? 'party' : type === 'VOLUNTEER_TEAM' ? 'volunteer'
      : type === 'PROPERTY_COMPANY' ? 'property' : 'other';
  }

  function drawOrganisations(items) {
    layers.organisations.clearLayers();
    items.forEach(o => {
      const className = 'organisation-area organisation-' + organisationGroup(o.type);
      const tip = escapeHtml(o.name) + ' (' + escapeHtml(say('org' + o.type)) + ')';
      o.buildings.concat(o.units).forEach(place => {
        const style = {className, weight: 2, dashArray: '5 4', fillOpacity: 0.08};
        const shape = place.outline ? L.geoJSON(place.outline, {style: () => style})
          : place.latitude != null ? L.circle([place.latitude, place.longitude], Object.assign({radius: 25}, style))
            : null;
        if (shape) {
          shape.bindTooltip(tip, {sticky: true});
          shape.on('click', () => openCard('organisation', o.organisationId).catch(showError));
          shape.addTo(layers.organisations);
        }
      });
    });
    count('organisations', items.length);
  }

  function drawOnDuty(grids) {
    layers.onDuty.clearLayers();
    const units = cc.units();
    let marks = 0;
    grids.forEach(grid => {
      const unit = units && units.features.find(f => f.id === grid.gridId && f.geometry && f.geometry.type);
      if (!unit) {
        return;
      }
      const centre = L.geoJSON(unit).getBounds().getCenter();
      const names = grid.workers.map(w => say('workerLoad', w.name).replace('$2', w.openAppeals));
      const icon = L.divIcon({className: 'duty-mark' + (grid.workers.length ? '' : ' nobody'), iconSize: [26, 26],
        html: '<span data-grid-id="' + escapeHtml(grid.gridId) + '" data-on-duty="' + grid.workers.length + '">'
          + grid.workers.length + '</span>'});
      L.marker(centre, {icon, title: grid.gridName + ': ' + (names.length ? names.join(', ') : say('nobodyOnDuty'))})
        .bindTooltip(escapeHtml(grid.gridName) + '<br>' + escapeHtml(names.length
          ? say('onDutyNames', names.join(', ')) : say('nobodyOnDuty')))
        .addTo(layers.onDuty);
      marks++;
    });
    count('onDuty', marks);
  }

  function applyLayerSwitches() {
    Object.entries(layers).forEach(([name, layer]) => shown(name) ? layer.addTo(map) : layer.remove());
    // The place layers lie under the appeals: buildings lowest, then organisations' areas.
    return loadLayers();
  }

  // ---- cards ---------------------------------------------------------------------------------------------

  const PLURAL = {building: 'buildings', facility: 'facilities', organisation: 'organisations'};
  let cardRequest = 0;

  /** Opens a card; {@code refresh} redraws the open one, and gives way to any card the operator opens meanwhile. */
  async function openCard(kind, id, refresh) {
    const mine = refresh ? cardRequest : ++cardRequest;
    const data = await api('/api/v1/cards/' + PLURAL[kind] + '/' + encodeURIComponent(id));
    if (mine !== cardRequest) {
      return data; // the operator opened another card meanwhile
    }
    card = {kind, id};
    const section = document.getElementById('card');
    section.hidden = false;
    section.dataset.kind = kind;
    section.dataset.id = id;
    document.getElementById('details').hidden = true;
    const facts = [];
    const lists = [];
    if (kind === 'building') {
      buildingCard(data, facts, lists);
    } else if (kind === 'facility') {
      facilityCard(data, facts, lists);
    } else {
      organisationCard(data, facts, lists);
    }
    const dl = document.getElementById('card-facts');
    dl.replaceChildren();
    facts.forEach(([key, term, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = say(term);
      const dd = document.createElement('dd');
      dd.dataset.fact = key;
      if (value instanceof Node) {
        dd.append(value);
      } else {
        dd.textContent = value == null || value === '' ? '–' : value;
      }
      dl.append(dt, dd);
    });
    const holder = document.getElementById('card-lists');
    holder.replaceChildren(...lists);
    return data;
  }

  function buildingCard(b, facts, lists) {
    document.getElementById('card-title').textContent = say('kindBuilding') + ' · ' + (b.estate || '') + ' '
      + (b.number || b.address);
    facts.push(['code', 'cardCode', b.code], ['address', 'cardAddress', b.address],
      ['floors', 'cardFloors', b.floors], ['entrances', 'cardEntrances', b.entrances],
      ['dwellings', 'cardDwellings', b.dwellings],
      ['people', 'cardPeople', say('peopleCounts', b.people.households).replace('$2', b.people.residents)
        .replace('$3', b.people.vacant)]);
    if (b.careGroups) {
      const c = b.careGroups;
      facts.push(['care-groups', 'cardCareGroups', say('careCounts', c.elderlyLivingAlone)
        .replace('$2', c.disabled).replace('$3', c.leftBehindChildren).replace('$4', c.lowIncome)]);
    }
    lists.push(list('organisations', 'cardOrganisations', b.organisations, o => link(o.name + ' (' + say('org' + o.type)
      + ')', () => openCard('organisation', o.organisationId), {organisationId: o.organisationId})));
    lists.push(list('facilities', 'cardFacilities', b.facilities, f => link(f.name + ' · '
      + say('facility' + f.status) + ' · ' + say('faultsCount', f.faultsInWindow),
      () => openCard('facility', f.facilityId), {facilityId: f.facilityId, status: f.status, class: f.classCode})));
    lists.push(list('appeals', 'cardAppeals', b.appeals, appealLink));
    const roles = (cc.session().roles || []);
    if (roles.includes('registrar')) {
      lists.push(householdsButton(b.buildingId));
    }
  }

  function facilityCard(f, facts, lists) {
    document.getElementById('card-title').textContent = say('kindFacility') + ' · ' + f.name;
    const place = f.buildingId
      ? link((f.buildingAddress || f.buildingId) + (f.floor != null ? ' · ' + say('floorOf', f.floor) : ''),
        () => openCard('building', f.buildingId), {buildingId: f.buildingId})
      : f.latitude.toFixed(5) + ', ' + f.longitude.toFixed(5);
    facts.push(['class', 'cardClass', (CLASS_NAMES[f.classCode] || '') + ' (' + f.classCode + ')'],
      ['code', 'cardCode', f.code], ['place', 'cardPlace', place],
      ['maintainer', 'cardMaintainer', f.maintainer ? link(f.maintainer.name,
        () => openCard('organisation', f.maintainer.organisationId), {organisationId: f.maintainer.organisationId}) : '–'],
      ['department', 'cardDepartment', departmentName(f.department)],
      ['status', 'cardStatus', say('facility' + f.status) + (f.statusSince ? ' · ' + when(f.statusSince) : '')],
      ['faults', 'cardFaults', say('faultsCount', f.faultsInWindow) + (f.repeats ? say('repeatMark') : '')]);
    lists.push(list('appeals', 'cardAppealHistory', f.appeals, appealLink));
  }

  function organisationCard(o, facts, lists) {
    document.getElementById('card-title').textContent = say('kindOrganisation') + ' · ' + o.name;
    facts.push(['type', 'cardType', say('org' + o.type)], ['code', 'cardCode', o.code],
      ['members', 'cardMembers', o.members],
      ['parent', 'cardParent', o.parent ? link(o.parent.name, () => openCard('organisation', o.parent.organisationId),
        {organisationId: o.parent.organisationId}) : '–'],
      ['contact', 'cardContact', contactButton('/api/v1/cards/organisations/' + o.organisationId + '/contact')]);
    lists.push(list('covers', 'cardCovers', o.buildings.concat(o.units), p => p.latitude != null
      ? link(p.address || p.id, () => openCard('building', p.id), {buildingId: p.id})
      : document.createTextNode(p.address || p.id)));
  }

  /** A contact is read on request, with a purpose the registry logs; it is shown, never kept by the page. */
  function contactButton(path) {
    const box = document.createElement('span');
    const purpose = document.createElement('input');
    purpose.name = 'purpose';
    purpose.value = say('purposeDefault');
    purpose.maxLength = 200;
    purpose.title = say('purposeLabel');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'show-contact';
    button.textContent = say('showContact');
    button.addEventListener('click', async () => {
      try {
        const contact = await api(path + '?' + new URLSearchParams({purpose: purpose.value}));
        box.replaceChildren(contact.name + ' ' + contact.phone);
        box.dataset.read = 'true';
      } catch (error) {
        box.replaceChildren(problemText(error));
        box.dataset.refused = String(error.status);
      }
    });
    box.append(purpose, ' ', button);
    return box;
  }

  function householdsButton(buildingId) {
    const section = document.createElement('section');
    section.className = 'card-list';
    section.dataset.list = 'households';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = say('showHouseholds');
    button.addEventListener('click', async () => {
      try {
        const households = await api('/api/v1/cards/buildings/' + encodeURIComponent(buildingId) + '/households');
        const ol = document.createElement('ol');
        households.forEach(h => {
          const li = document.createElement('li');
          li.dataset.householdId = h.id;
          li.append(say('householdLine', buildingId).replace('$2', h.entrance).replace('$3', h.room)
            .replace('$4', h.residents) + ' ');
          if (h.hasContact) {
            li.append(contactButton('/api/v1/cards/households/' + h.id + '/contact'));
          }
          ol.append(li);
        });
        button.replaceWith(ol);
      } catch (error) {
        button.replaceWith(problemText(error));
      }
    });
    const h3 = document.createElement('h3');
    h3.textContent = say('showHouseholds');
    section.append(h3, button);
    return section;
  }

  function list(key, title, items, render) {
    const section = document.createElement('section');
    section.className = 'card-list';
    section.dataset.list = key;
    const h3 = document.createElement('h3');
    h3.textContent = say(title) + ' (' + items.length + ')';
    const ol = document.createElement('ol');
    items.forEach(item => {
      const li = document.createElement('li');
      li.append(render(item));
      ol.append(li);
    });
    if (!items.length) {
      const li = document.createElement('li');
      li.textContent = say('noneNow');
      ol.append(li);
    }
    section.append(h3, ol);
    return section;
  }

  function link(text, open, data) {
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = text;
    Object.entries(data || {}).forEach(([name, value]) => { a.dataset[name] = value; });
    a.addEventListener('click', event => {
      event.preventDefault();
      open().catch(showError);
    });
    return a;
  }

  function appealLink(a) {
    return link((a.reference || a.appealId.slice(0, 8)) + ' · ' + categoryName(a.category) + ' · '
      + statusName(a.status) + ' · ' + when(a.submittedAt), () => cc.selectAppeal(a.appealId, true),
      {appealId: a.appealId, status: a.status});
  }

  function departmentName(code) {
    const option = code && document.querySelector('#escalate-form [name=department] option[value="' + code + '"]');
    return option ? option.textContent : code;
  }

  function showError(error) {
    console.error(error);
    document.getElementById('search-result').textContent = problemText(error);
  }

  // ---- search --------------------------------------------------------------------------------------------

  async function search(text) {
    const result = document.getElementById('search-result');
    const list = document.getElementById('search-results');
    result.textContent = '';
    list.replaceChildren();
    if (!text.trim()) {
      return;
    }
    const found = await api('/api/v1/search?' + new URLSearchParams({q: text.trim()}));
    if (!found.length) {
      result.textContent = say('searchNothing', text.trim());
      return;
    }
    found.forEach(item => {
      const li = document.createElement('li');
      li.dataset.kind = item.kind;
      li.dataset.id = item.id;
      li.append(link(say('kind' + item.kind.charAt(0).toUpperCase() + item.kind.slice(1)) + ' · ' + item.label
        + (item.detail ? ' (' + item.detail + ')' : ''), () => go(item)));
      list.append(li);
    });
    if (found.length === 1) {
      await go(found[0]);
    }
  }

  async function go(item) {
    if (item.kind === 'appeal') {
      return cc.selectAppeal(item.id, true);
    }
    if (item.latitude != null) {
      map.setView([item.latitude, item.longitude], Math.max(map.getZoom(), 18));
    }
    return openCard(item.kind, item.id);
  }

  // ---- repeat problems -----------------------------------------------------------------------------------

  async function loadRepeats() {
    const repeats = await api('/api/v1/repeat-problems');
    const facilities = document.getElementById('repeat-facilities');
    facilities.replaceChildren(...(repeats.facilities.length ? repeats.facilities.map(f => {
      const li = document.createElement('li');
      li.append(link(f.name + ' · ' + say('faultsCount', f.faultsInWindow), () => openCard('facility', f.facilityId),
        {facilityId: f.facilityId}));
      return li;
    }) : [none()]));
    const buildings = document.getElementById('busy-buildings');
    buildings.replaceChildren(...(repeats.buildings.length ? repeats.buildings.map(b => {
      const li = document.createElement('li');
      li.append(link(b.address + ' · ' + say('openCount', b.openAppeals), () => openCard('building', b.buildingId),
        {buildingId: b.buildingId}));
      return li;
    }) : [none()]));
  }

  function none() {
    const li = document.createElement('li');
    li.textContent = say('noneNow');
    return li;
  }

  // ---- live: the feed's lines move the layers, the open card and the list ---------------------------------

  /** A facility line says its new status: the mark changes at once, before the layers are asked again. */
  const FACILITY_PHRASES = {FACILITY_FAULTY: 'FAULTY', FACILITY_UNDER_REPAIR: 'UNDER_REPAIR',
    FACILITY_IN_SERVICE: 'IN_SERVICE', FACILITY_RETIRED: 'RETIRED'};

  function onFeed(item) {
    const status = item.facilityId && FACILITY_PHRASES[item.phrase];
    if (status) {
      document.querySelectorAll('#map span[data-facility-id="' + item.facilityId + '"]').forEach(mark => {
        mark.dataset.status = status;
        mark.parentElement.className = mark.parentElement.className.replace(/facility-[A-Z_]+/, 'facility-' + status);
      });
    }
    cc.refreshSoon('places', loadLayers, 50);
    if (card) {
      cc.refreshSoon('card', () => card ? openCard(card.kind, card.id, true) : Promise.resolve(), 50);
    }
    cc.refreshSoon('repeats', loadRepeats, 1500);
  }

  cc.openCard = (kind, id) => openCard(kind, id);

  cc.onReady(async () => {
    form.addEventListener('change', () => applyLayerSwitches().catch(console.error));
    map.on('moveend', () => loadLayers().catch(console.error));
    document.getElementById('search').addEventListener('submit', event => {
      event.preventDefault();
      search(new FormData(event.target).get('q')).catch(showError);
    });
    document.getElementById('close-card').addEventListener('click', () => {
      card = null;
      document.getElementById('card').hidden = true;
    });
    cc.onFeed(onFeed);
    await Promise.all([applyLayerSwitches(), loadRepeats()]);
  });
})();
