// The body of LeafletMap's executeJs: `this` is the map's element, $0 its configuration (JSON), $1 and $2 the folders
// of Leaflet and Leaflet.markercluster in their WebJars. Loads both once per page, then draws the map anew.
const host = this;
const config = JSON.parse($0);
const escape = text => String(text).replace(/[&<>"']/g,
    c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
const stylesheet = href => {
  if (!document.querySelector('link[data-imc-map="' + href + '"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet'; link.href = href; link.dataset.imcMap = href;
    document.head.appendChild(link);
  }
};
const script = src => new Promise((loaded, failed) => {
  let tag = document.querySelector('script[data-imc-map="' + src + '"]');
  if (tag && tag.dataset.ready) { loaded(); return; }
  if (!tag) {
    tag = document.createElement('script');
    tag.src = src; tag.dataset.imcMap = src;
    tag.addEventListener('load', () => { tag.dataset.ready = 'yes'; });
    document.head.appendChild(tag);
  }
  tag.addEventListener('load', () => loaded());
  tag.addEventListener('error', failed);
});
const activates = e => e.originalEvent && (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ');

const draw = () => {
  const L = window.L;
  // Leaflet focuses the map on a press and then restores the window's scroll position; in this app the layout
  // scrolls, not the window, so a map partly out of view jumped under the pointer and the click missed its marker.
  L.Map.Keyboard.prototype._onMouseDown = function () {
    if (!this._focused) { this._map.getContainer().focus({preventScroll: true}); }
  };
  if (host.$map) { host.$map.remove(); }
  const map = L.map(host, {keyboard: true, zoomControl: false, worldCopyJump: true, zoomSnap: 0.5});
  host.$map = map;
  L.control.zoom({zoomInTitle: config.texts.zoomIn, zoomOutTitle: config.texts.zoomOut}).addTo(map);
  if (config.tiles) {
    // Offline, or when the server refuses, tiles fail one by one (empty alt, nothing drawn); the markers stay.
    L.tileLayer(config.tiles, {attribution: config.attribution, maxZoom: 18}).addTo(map);
  }
  const bounds = L.latLngBounds([]);
  const overlays = {};
  config.layers.forEach(layer => {
    const group = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 48, spiderfyDistanceMultiplier: 1.5,
      iconCreateFunction: cluster => L.divIcon({
        className: 'map-cluster map-cluster--' + layer.style, iconSize: [38, 38],
        html: '<span aria-hidden="true">' + cluster.getChildCount() + '</span><span class="map-hidden">'
            + escape(layer.cluster.replace('{0}', cluster.getChildCount())) + '</span>'})
    });
    layer.markers.forEach(m => {
      const marker = L.marker([m.lat, m.lon], {
        title: m.title, keyboard: true, riseOnHover: true,
        icon: L.divIcon({className: 'map-pin map-pin--' + layer.style, iconSize: [24, 24],
          html: '<span class="map-hidden">' + escape(m.title) + '</span>'})
      });
      marker.on('click', () => host.$server.open(m.key));
      marker.on('keypress', e => { if (activates(e)) { e.originalEvent.preventDefault(); host.$server.open(m.key); } });
      group.addLayer(marker);
      bounds.extend(marker.getLatLng());
    });
    // Enter or Space on a cluster does what a click does: zoom in to it, or spread it out where it cannot zoom.
    group.on('clusterkeypress', e => {
      if (!activates(e)) { return; }
      e.originalEvent.preventDefault();
      const area = e.layer.getBounds();
      if (area.getNorthEast().equals(area.getSouthWest()) || map.getBoundsZoom(area) <= map.getZoom()) {
        e.layer.spiderfy();
      } else {
        map.once('zoomend', () => map.getContainer().focus());
        e.layer.zoomToBounds({padding: [40, 40]});
      }
    });
    group.addTo(map);
    overlays['<span class="map-key map-key--' + layer.style + '"></span> ' + escape(layer.label)] = group;
  });
  if (config.layers.length > 1) {
    L.control.layers(null, overlays, {collapsed: false}).addTo(map);
  }
  if (bounds.isValid()) {
    map.fitBounds(bounds, {padding: [40, 40], maxZoom: 9});
  } else {
    map.setView([54, 15], 4);
  }
  host.dataset.ready = 'yes';
};

stylesheet($1 + 'leaflet.css');
stylesheet($2 + 'MarkerCluster.css');
(window.L ? Promise.resolve() : script($1 + 'leaflet.js'))
    .then(() => window.L.markerClusterGroup ? null : script($2 + 'leaflet.markercluster.js'))
    .then(draw)
    .catch(error => { host.dataset.ready = 'failed'; console.error('The map could not be drawn', error); });
