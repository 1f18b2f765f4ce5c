export type RoleGrantStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
