import { http, HttpResponse } from 'msw';
import { mockData } from '../data';

export const planHandlers = [http.get('*/api/plan', () => HttpResponse.json(mockData().plan))];
