// node bench/callgrind-client.js PORT KEY N: N GET /api/v1/me over 4 keep-alive connections.
const http = require('node:http');
const [port, key, n] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4])];
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
let sent = 0;
let done = 0;
let bad = 0;
function one() {
  if (sent >= n) return;
  sent++;
  http
    .get({ port, host: '127.0.0.1', path: '/api/v1/me', agent, headers: { authorization: `Bearer ${key}` } }, (res) => {
      if (res.statusCode !== 200) bad++;
      res.resume();
      res.on('end', () => {
        done++;
        if (done === n) {
          console.log(`done ${n}, not 200: ${bad}`);
          agent.destroy();
        } else one();
      });
    })
    .on('error', (e) => {
      console.error(e.message);
      process.exit(1);
    });
}
for (let i = 0; i < 4; i++) one();
