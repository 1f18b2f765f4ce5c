const http = require('node:http');

/** Whether GET `url` answers 200 within 2 s: a service's health endpoint, polled while it starts. */
function httpAnswers(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once('error', () => resolve(false));
    req.once('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

module.exports = { httpAnswers };
