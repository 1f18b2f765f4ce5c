export { tipVerificationWorkflow } from './tip-verification/tip-verification.workflow';
export { caseWorkflow } from './case/case.workflow';
export { rescueWorkflow } from './rescue/rescue.workflow';
export { prosecutionWorkflow } from './prosecution/prosecution.workflow';
export { receptionWorkflow } from './reception/reception.workflow';
