// The process entry (`npm start`, the Dockerfile): sets what Node reads only
// at process start, then loads the server (dist/server.js). It is CommonJS so
// that this runs before anything uses libuv's thread pool: Node's ES module
// loader reads files through the pool, which reads its size once, when it
// first runs work.
//
// UV_THREADPOOL_SIZE, 2 unless set: the pool hashes passwords (scrypt, 16 MB
// per call) besides file and DNS work, and glibc keeps the 16 MB of each pool
// thread that hashed a password in that thread's malloc arena for the life of
// the process. After 40 logins (8 at a time) the server's RSS had grown by
// 104 MB with Node's default of 4 threads (four 16 MB arenas), by 57 MB with 1
// (README "What was tried"). Two threads hash two passwords at once, which is
// what two cores can do; an operator with more cores sets UV_THREADPOOL_SIZE.
process.env.UV_THREADPOOL_SIZE ??= '2';

import('./server.js').catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
