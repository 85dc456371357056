// A TCP port nobody is listening on, chosen by the system: the e2e tests serve there, so they
// run beside `npm start` (4317) or another test run. `node scripts/free-port.mjs` prints one.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** @returns {Promise<number>} */
export function freePort(host = '127.0.0.1') {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, host, () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await freePort());
