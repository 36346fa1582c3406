import { describe, expect, it } from 'vitest';
import { anAction } from '../../tests/action-fixtures';
import { matchesFilters } from './action-filters';

const action = anAction({
  title: 'Family Wellness Nights',
  description: 'Evening sessions with counselors at each middle school.',
  owner: 'Marisol Gutiérrez',
  priorityId: 'wellness',
  focusAreaId: 'community-building',
  status: 'at-risk',
  studentGroups: ['english-learners', 'socioeconomically-disadvantaged'],
  dueQuarter: '2025-Q4',
});

describe('matchesFilters', () => {
  it('lets everything through when no filter is given', () => {
    expect(matchesFilters(action, {})).toBe(true);
  });

  it('filters by priority alone', () => {
    expect(matchesFilters(action, { priority: 'wellness' })).toBe(true);
    expect(matchesFilters(action, { priority: 'technology' })).toBe(false);
  });

  it('filters by focus area alone', () => {
    expect(matchesFilters(action, { focusArea: 'community-building' })).toBe(true);
    expect(matchesFilters(action, { focusArea: 'voice-agency' })).toBe(false);
  });

  it('filters by status alone, the status the action has as of the asked quarter', () => {
    expect(matchesFilters(action, { status: 'at-risk' })).toBe(true);
    expect(matchesFilters(action, { status: 'on-track' })).toBe(false);
  });

  it('matches a part of the owner’s name, ignoring case', () => {
    expect(matchesFilters(action, { owner: 'Marisol Gutiérrez' })).toBe(true);
    expect(matchesFilters(action, { owner: 'gutiérrez' })).toBe(true);
    expect(matchesFilters(action, { owner: 'MARISOL' })).toBe(true);
    expect(matchesFilters(action, { owner: 'Kenji' })).toBe(false);
  });

  it('does not look for the owner filter in the title or description', () => {
    expect(matchesFilters(action, { owner: 'Wellness' })).toBe(false);
    expect(matchesFilters(action, { owner: 'counselors' })).toBe(false);
  });

  it('searches q in the title, the description and the owner, ignoring case', () => {
    expect(matchesFilters(action, { q: 'wellness nights' })).toBe(true);
    expect(matchesFilters(action, { q: 'COUNSELORS' })).toBe(true);
    expect(matchesFilters(action, { q: 'marisol' })).toBe(true);
    expect(matchesFilters(action, { q: 'robotics' })).toBe(false);
  });

  it('does not let q match across the title and the description', () => {
    expect(matchesFilters(action, { q: 'Nights Evening' })).toBe(false);
  });

  it('ignores empty owner and q', () => {
    expect(matchesFilters(action, { owner: '', q: '' })).toBe(true);
    expect(matchesFilters(action, { owner: '', q: '', status: 'on-track' })).toBe(false);
  });

  it('requires every given filter to hold', () => {
    expect(matchesFilters(action, { priority: 'wellness', focusArea: 'community-building', status: 'at-risk' })).toBe(true);
    expect(matchesFilters(action, { priority: 'wellness', focusArea: 'voice-agency' })).toBe(false);
    expect(matchesFilters(action, { priority: 'wellness', status: 'completed' })).toBe(false);
    expect(matchesFilters(action, { priority: 'wellness', owner: 'marisol', q: 'counselors' })).toBe(true);
    expect(matchesFilters(action, { priority: 'wellness', owner: 'marisol', q: 'robotics' })).toBe(false);
    expect(matchesFilters(action, { priority: 'technology', owner: 'marisol', q: 'counselors' })).toBe(false);
  });

  it('keeps the actions that name the student group, and only those', () => {
    expect(matchesFilters(action, { studentGroup: 'english-learners' })).toBe(true);
    expect(matchesFilters(action, { studentGroup: 'socioeconomically-disadvantaged' })).toBe(true);
    expect(matchesFilters(action, { studentGroup: 'foster-youth' })).toBe(false);
    // Serving all students is a group of its own, not a wildcard.
    expect(matchesFilters(action, { studentGroup: 'all-students' })).toBe(false);
    expect(matchesFilters(anAction({ studentGroups: ['all-students'] }), { studentGroup: 'english-learners' })).toBe(false);
  });

  it('keeps the actions due in the quarter or before it', () => {
    expect(matchesFilters(action, { due: '2025-Q4' })).toBe(true);
    expect(matchesFilters(action, { due: '2026-Q1' })).toBe(true);
    expect(matchesFilters(action, { due: '2027-Q2' })).toBe(true);
    expect(matchesFilters(action, { due: '2025-Q3' })).toBe(false);
    expect(matchesFilters(action, { due: '2024-Q4' })).toBe(false);
  });

  it('combines the student group and due filters with the others', () => {
    expect(matchesFilters(action, { studentGroup: 'english-learners', due: '2026-Q2', status: 'at-risk', owner: 'marisol' })).toBe(true);
    expect(matchesFilters(action, { studentGroup: 'english-learners', due: '2025-Q2', status: 'at-risk' })).toBe(false);
  });

  it('ignores sort and paging, which are not filters', () => {
    expect(matchesFilters(action, { sort: '-title', page: 9, pageSize: 1 })).toBe(true);
  });
});
