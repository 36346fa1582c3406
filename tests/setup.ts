import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockData } from '../mocks/data';
import { server } from '../mocks/node';
import { testToday } from './test-today';

// An unexpected console.error (a React warning, a failed prop type, an
// unhandled render error) fails the test that caused it.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom does not scroll, and says so on console.error.
  window.scrollTo = () => undefined;
});

beforeEach(() => {
  resetMockData(testToday);
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
