import { hasFirstScreenState } from './app/first-screen-state';
import { afterNextPaint } from './lib/after-next-paint';
import './app/styles.css';

// A page the server rendered is readable as it arrives, so the app's code is
// fetched, compiled and run only after the browser has painted it: started
// with the page, that work held the first paint back on two cores (in
// Chromium on the 101-action overview, by about 50 ms). Any other page shows
// nothing without the code, and index.html preloads it. A page opened in a
// background tab paints no frame until it is shown: it loads the code at once.
const painted = hasFirstScreenState(document) && document.visibilityState === 'visible' ? afterNextPaint() : Promise.resolve();
void painted
  .then(() => {
    // Both asked for at once, so the contract costs no round trip of its own.
    // Its modules (app/start-app-contract.ts), a small part of the app's, are
    // in first as a rule, and then build their schemas in a task of their
    // own, before the rest of the app runs. Should they fail to load, so does
    // the app, whose import reports it.
    import('./app/start-app-contract').catch(() => undefined);
    return import('./app/start-app');
  })
  .then(({ startApp }) => startApp());
