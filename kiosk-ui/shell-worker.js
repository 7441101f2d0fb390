// The kiosk's service worker: the screens' one (display-ui/shell-worker.js), here so that its scope
// is the kiosk's folder. The kiosk reloaded during an outage starts from the copies it keeps and
// gives the numbers leased for outages (offline.js).
importScripts('/display/shell-worker.js');
