import { newIncident, type Incident } from '$lib/incident/schema';

/** A ransomware case as a small shop would record it. Times are UTC; Japan is +9. */
export function ransomCase(): Incident {
	const incident = newIncident('case-1', new Date('2026-03-02T01:00:00.000Z'));
	incident.discoveredAt = '2026-03-02T00:30:00.000Z'; // 09:30 in Japan, a Monday
	incident.details = {
		deviceType: 'ノートパソコン',
		os: 'Windows 11',
		securitySoftware: 'Microsoft Defender',
		cloudServices: 'Google ドライブ',
		whatHappened: '朝、画面に身代金を要求する英語のメッセージが出た',
		whySuspected: 'ファイルの拡張子がすべて .locked に変わった',
		desksConsulted: '取引先のIT担当'
	};
	incident.timeline = [
		{ id: 't3', at: '2026-03-02T01:50:00.000Z', text: '社内に連絡した', kind: 'done' },
		{ id: 't1', at: '2026-03-02T00:30:00.000Z', text: '身代金要求の画面を見た', kind: 'seen' },
		{ id: 't2', at: '2026-03-02T01:42:00.000Z', text: 'LANケーブルを抜いた', kind: 'done' },
		{ id: 't4', at: '2026-03-02T01:10:00.000Z', text: '共有フォルダも開けなくなった', kind: 'followed' }
	];
	incident.contacts = [
		{ id: 'c1', deskId: 'ipa-anshin', at: '2026-03-02T02:00:00.000Z', reference: 'A-123', outcome: '警察への相談を勧められた' }
	];
	return incident;
}

export const NOW = new Date('2026-03-02T03:00:00.000Z');
