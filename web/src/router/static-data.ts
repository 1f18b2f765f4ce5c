import type { ScreenPath } from '../session/screens-for';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * The navigation entry a route sits under: the first of these the role sees is highlighted (a tip page under
     * Tin báo for the duty desk, under Vụ việc for the others).
     */
    nav?: readonly ScreenPath[];
  }
}
