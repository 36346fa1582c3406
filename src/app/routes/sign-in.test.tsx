import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockData, resetMockData } from '../../../mocks/data';
import { server } from '../../../mocks/node';
import { forgetSignedIn } from '../../features/auth/utils/signed-in-marker';
import { renderApp } from '../../../tests/render-app';
import { testToday } from '../../../tests/test-today';

// A browser that has never signed in here.
function firstVisit() {
  resetMockData(testToday, null);
  forgetSignedIn();
}

describe('signing in', () => {
  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    firstVisit();
    const { user, currentUrl } = renderApp('/actions?status=at-risk');
    expect(await screen.findByRole('heading', { name: 'Sign in to Plan Tracker' })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/sign-in?next=${encodeURIComponent('/actions?status=at-risk')}`);

    await user.type(screen.getByLabelText('Email'), 'board@example.org');
    await user.type(screen.getByLabelText('Password'), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' }, { timeout: 5000 })).toBeInTheDocument();
    expect(currentUrl()).toBe('/actions?status=at-risk');
    expect(screen.getByText(/Board member \(demo\)/)).toBeInTheDocument();
  });

  it('says so when the email or password is wrong, and stays signed out', async () => {
    firstVisit();
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'board@example.org');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not correct.');
    expect(mockData().user).toBeNull();
  });

  it('names each missing field next to it, focuses the first, and sends nothing', async () => {
    resetMockData(testToday, null);
    const { user } = renderApp('/sign-in');
    const email = await screen.findByLabelText('Email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(email).toHaveAccessibleDescription('Email is required.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Password is required.');
    expect(email).toHaveFocus();

    await user.type(email, 'board@example.org');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(email).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Password is required.');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(mockData().user).toBeNull();
  });

  it('offers the demo accounts, each signing in with one click', async () => {
    firstVisit();
    const { user, currentUrl } = renderApp('/sign-in');
    const demo = await screen.findByRole('region', { name: 'Demo accounts' });
    await user.click(within(demo).getByRole('button', { name: /Sign in as staff/ }));
    await waitFor(() => expect(currentUrl()).toBe('/'));
    expect(mockData().user?.role).toBe('staff');
  });

  it('says which demo account’s password was changed when its button is refused, and what to do', async () => {
    firstVisit();
    server.use(
      http.post('*/api/session', () =>
        HttpResponse.json({ error: { code: 'unauthorized', message: 'The email or password is not correct.' } }, { status: 401 }),
      ),
    );
    const { user, currentUrl } = renderApp('/sign-in');
    const demo = await screen.findByRole('region', { name: 'Demo accounts' });
    await user.click(within(demo).getByRole('button', { name: /Sign in as staff/ }));
    expect(await within(demo).findByRole('alert')).toHaveTextContent(
      'The password of staff@example.org is no longer demo-password: it was changed or reset in this demo. Sign in with the form above and its new password.',
    );
    expect(currentUrl()).toBe('/sign-in');
    expect(mockData().user).toBeNull();
  });

  it('explains an ended session and offers to come back after signing in again', async () => {
    const { user, currentUrl } = renderApp('/plan');
    expect(await screen.findByRole('heading', { level: 1, name: /Strategic Plan/ }, { timeout: 5000 })).toBeInTheDocument();
    mockData().user = null; // the server forgot the session
    await user.click(screen.getByRole('link', { name: 'Benchmarks' }));

    expect(await screen.findByText(/Your session has ended/, {}, { timeout: 5000 })).toBeInTheDocument();
    // The page they were on when the server refused: still /plan while Benchmarks was loading.
    expect(currentUrl()).toMatch(/^\/sign-in\?expired=1&next=%2F(plan|benchmarks)$/);
  });

  it('signs out on the server and says so, and the next visit is a plain sign-in', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    expect(mockData().user).toBeNull();

    cleanup();
    const next = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Sign in to Plan Tracker' })).toBeInTheDocument();
    expect(next.currentUrl()).toBe('/sign-in?next=%2F');
  });

  it('says why when signing out fails, and keeps the person signed in on the same page', async () => {
    const down = { error: { code: 'internal', message: 'The session store is not answering.' } };
    server.use(http.delete('*/api/session', () => HttpResponse.json(down, { status: 500 })));
    const { user, currentUrl } = renderApp('/plan');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not save your sign-out: The session store is not answering. You are still signed in.',
    );
    expect(currentUrl()).toBe('/plan');
    expect(mockData().user).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeEnabled();
  });

  it('treats a session that had already ended as signed out', async () => {
    const ended = { error: { code: 'unauthorized', message: 'Sign in first.' } };
    server.use(http.delete('*/api/session', () => HttpResponse.json(ended, { status: 401 })));
    const { user, currentUrl } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    expect(currentUrl()).toBe('/sign-in?signedOut=1');
  });

  it('on a first visit asks the server nothing it could only refuse, and speaks of no ended session', async () => {
    firstVisit();
    // Were the session asked for, this answer would show as an error.
    const down = { error: { code: 'internal', message: 'The session store is not answering.' } };
    server.use(http.get('*/api/session', () => HttpResponse.json(down, { status: 500 })));
    const { currentUrl } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Sign in to Plan Tracker' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/sign-in?next=%2F');
    expect(screen.queryByText(/Your session has ended/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a browser that was signed in, coming back after its session ended, that it ended', async () => {
    resetMockData(testToday, null);
    const { currentUrl } = renderApp('/plan');
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    expect(currentUrl()).toBe('/sign-in?expired=1&next=%2Fplan');
  });
});
