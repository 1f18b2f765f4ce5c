export { tipVerificationWorkflow } from './tip-verification/tip-verification.workflow';
