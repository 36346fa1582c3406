import { hasFirstScreenState } from './app/first-screen-state';
import { afterNextPaint } from './lib/after-next-paint';
import { nextTask } from './lib/next-task';
import './app/styles.css';

// A page the server rendered is readable as it arrives, so the app's code is
// fetched, compiled and run only after the browser has painted it: started
// with the page, that work held the first paint back on two cores (in
// Chromium on the 101-action overview, by about 50 ms). Any other page shows
// nothing without the code, and index.html preloads it. A page opened in a
// background tab paints no frame until it is shown: it loads the code at once.
// The contract's schemas are built a task before the rest of the app runs
// (app/start-app-contract.ts).
const painted = hasFirstScreenState(document) && document.visibilityState === 'visible' ? afterNextPaint() : Promise.resolve();
void painted
  .then(() => import('./app/start-app-contract'))
  .then(nextTask)
  .then(() => import('./app/start-app'))
  .then(({ startApp }) => startApp());
