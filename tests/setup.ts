import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockData } from '../mocks/data';
import { rememberSignedIn } from '../src/features/auth/utils/signed-in-marker';
import { server } from '../mocks/node';
import { testToday } from './test-today';

// Screens load lazily and ask the mock API for the session first: on a busy
// two-core CI machine that takes longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

// An unexpected console.error (a React warning, a failed prop type, an
// unhandled render error) fails the test that caused it.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom does not scroll, and says so on console.error.
  window.scrollTo = () => undefined;
});

beforeEach(() => {
  // Tests start signed in, as a browser that signed in earlier.
  resetMockData(testToday, 'staff');
  rememberSignedIn();
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => {
  server.close();
});
