/**
 * The alarm machine as a value, for code that reads or walks it on its own (its tests). Importing this
 * module builds it; the CloudWatch service asks getAlarmMachine() when it creates an alarm
 * (alarmMachineDefinition.ts).
 */
import { getAlarmMachine } from './alarmMachineDefinition';

export * from './alarmMachineDefinition';
export const alarmMachine = getAlarmMachine();
