// The API contract's modules that the app's code imports as it starts (the
// first screen's answers, the session, the errors). Building their schemas
// is the largest part of running that code, so main.tsx asks for them beside
// the app, and they run as soon as they are in, ahead of the rest: two tasks
// the browser can answer input between, instead of one long one. A module
// missing here still loads with the app; start-app-contract.test.ts keeps the
// list whole.
import '../contract/errors';
import '../contract/ids';
import '../contract/overview';
import '../contract/plain-text';
import '../contract/plan';
import '../contract/quarter-key';
import '../contract/reporting';
import '../contract/sample-data';
import '../contract/session';
import '../contract/status-history';
