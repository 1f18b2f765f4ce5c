/** The data key every test system uses; the recorded histories under test/replay were sealed with it. */
export const TEST_DATA_KEY = Buffer.from('anti-trafficking-test-data-key!!').toString('base64');
