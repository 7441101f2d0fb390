// The id a kiosk or the guidance desk gives each ticket request: sent again with a request whose
// answer never came, it gets the ticket the first one issued, never a second ticket for one citizen.

/** 128 random bits in hex (crypto.randomUUID needs HTTPS, which a commune LAN rarely has). */
export function newRequestId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
