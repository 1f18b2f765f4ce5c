/** Query keys of what every screen shares (who I am, labels, agencies, steps): one place, so an invalidation always hits. */
export const sessionKeys = {
  me: ['me'] as const,
  labels: ['labels'] as const,
  agencies: ['agencies'] as const,
  /** Every language's steps (for invalidating), or one language's. */
  steps: ['steps'] as const,
  stepsIn: (language: string) => [...sessionKeys.steps, language] as const,
};
