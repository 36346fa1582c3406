import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { axisWidth, segmentLabelClass, StatusHistoryChart } from './status-history-chart';

const quarter = (key: string, completed: number, onTrack: number): StatusHistoryQuarter => ({
  quarter: key,
  reported: true,
  counts: { 'not-started': 0, 'on-track': onTrack, 'at-risk': 0, 'off-track': 0, completed, deferred: 0 },
});

describe('the status history chart at the size of a large plan', () => {
  it('makes its axis as wide as its longest label, so thousands are not cut off', () => {
    expect(axisWidth(['0', '50', '100'])).toBe(36);
    expect(axisWidth(['0', '2,000', '10,000'])).toBeGreaterThanOrEqual(12 + 6 * 7.5);
    expect(axisWidth(['0', '20,000', '100,000'])).toBeGreaterThan(axisWidth(['0', '2,000', '10,000']));
  });

  it('anchors every axis label inside the axis', () => {
    const { container } = render(<StatusHistoryChart quarters={[quarter('2026-Q2', 4000, 6000), quarter('2026-Q3', 4600, 5400)]} />);
    const axis = container.querySelector('svg.history-axis');
    const width = Number(axis?.getAttribute('width'));
    const labels = [...(axis?.querySelectorAll('text') ?? [])];
    expect(labels.map((label) => label.textContent)).toContain('10,000');
    expect(width).toBe(axisWidth(labels.map((label) => label.textContent ?? '')));
    for (const label of labels) expect(Number(label.getAttribute('x'))).toBeLessThan(width);
  });

  it('classes each count in its bar by width, for the stylesheet to hide where the bar is narrower', () => {
    expect(segmentLabelClass('12')).toBe('history-segment-label');
    expect(segmentLabelClass('524')).toBe('history-segment-label history-segment-label-medium');
    expect(segmentLabelClass('1,172')).toBe('history-segment-label history-segment-label-long');
    const { container } = render(<StatusHistoryChart quarters={[quarter('2026-Q3', 524, 6000)]} />);
    const classes = [...container.querySelectorAll('text.history-segment-label')].map((label) => [label.textContent, label.getAttribute('class')]);
    expect(classes).toContainEqual(['524', 'history-segment-label history-segment-label-medium']);
    expect(classes).toContainEqual(['6,000', 'history-segment-label history-segment-label-long']);
  });
});
