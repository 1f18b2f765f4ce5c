export const TIP_CHANNELS = ['HOTLINE_111', 'PROVINCIAL_HOTLINE', 'WALK_IN', 'COMMUNE_POLICE', 'BORDER_POST', 'REFERRAL', 'OTHER'] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];
