import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Desk } from './schema.ts';
import type { DeskDirectoryEntry } from './desk-directory.ts';
import type { DeskId } from './desk-ids.ts';
import type { TriageTree } from './validate-triage.ts';
import { JcratForward, parseDocument, PoliceSheet, PpcDraft, SummaryWording } from './validate-documents.ts';
import { OwnContactsWording, type RoleWording } from './validate-own-contacts.ts';
import { NEXT_SCAM_FILE, validateRecovery, type RecoveryContent } from './validate-recovery.ts';
import { DeskOrder, validateDesks, validateFirstAid, validateTriage, type FirstAid } from './validate.ts';

/** Everything in content/ that the app shows, checked. */
export interface Content {
	desks: Desk[];
	/** Desk ids in the order of the desks page: content/desk-order.json, then the rest by id. */
	deskIds: string[];
	deskOrder: string[];
	triageTree: TriageTree;
	firstAid: FirstAid;
	/** The documents' wording (content/documents/). */
	documents: { policeSheet: PoliceSheet; ppcDraft: PpcDraft; jcratForward: JcratForward; summaryWording: SummaryWording };
	/** The words of the desks made from the profile's contacts (content/profile/own-contacts.json). */
	ownContacts: OwnContactsWording;
	/** Recovery steps per situation, the next-scam warning (content/recovery/) and the ready messages (content/messages/). */
	recovery: RecoveryContent;
	/** Every file read, for the dev server's watcher. */
	files: string[];
}

/**
 * Reads and checks content/ with Node, at build time. Throws one error naming each bad file and
 * field, which fails `vite build` (and so the prerender) and the tests.
 */
export function readContent(dir = 'content'): Content {
	const root = resolve(dir, '..');
	const files: string[] = [];
	const read = (path: string): [string, unknown] => {
		files.push(path);
		const key = `/${relative(root, path).split('\\').join('/')}`;
		try {
			return [key, JSON.parse(readFileSync(path, 'utf8'))];
		} catch (error) {
			throw new Error(`${key.slice(1)}: (file): ${(error as Error).message}`);
		}
	};
	const jsonIn = (sub: string, except?: string) =>
		readdirSync(join(dir, sub))
			.filter((f) => f.endsWith('.json') && f !== except)
			.sort()
			.map((f) => read(join(dir, sub, f)));

	const [orderKey, orderRaw] = read(join(dir, 'desk-order.json'));
	const order = DeskOrder.safeParse(orderRaw);
	if (!order.success) {
		throw new Error(order.error.issues.map((i) => `${orderKey.slice(1)}: ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n'));
	}
	const deskOrder = order.data.order;
	const deskFiles = Object.fromEntries(jsonIn('desks'));
	const desks = validateDesks(deskFiles, { order: deskOrder });
	const deskIds = desks.map((d) => d.id);
	const [ocKey, ocRaw] = read(join(dir, 'profile/own-contacts.json'));
	const ownContacts = parseDocument(OwnContactsWording, ocKey.slice(1), ocRaw);
	for (const [role, w] of Object.entries(ownContacts.roles)) {
		if (w.standsFor && !deskIds.includes(w.standsFor)) throw new Error(`${ocKey.slice(1)}: roles.${role}.standsFor: no desk "${w.standsFor}"`);
	}
	// The profile's contacts are desks too ('own-<role>', src/lib/profile/own-names.ts): rules may name them.
	const ownIds = Object.keys(ownContacts.roles).map((r) => `own-${r.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
	const triageTree = validateTriage(
		{
			questions: read(join(dir, 'triage/questions.json')),
			prepare: read(join(dir, 'triage/prepare.json')),
			ppc: read(join(dir, 'triage/ppc.json')),
			nextSteps: read(join(dir, 'triage/next-steps.json')),
			order: read(join(dir, 'triage/order.json')),
			calm: read(join(dir, 'triage/calm.json')),
			rules: Object.fromEntries(jsonIn('triage/rules'))
		},
		[...deskIds, ...ownIds]
	);
	const [faKey, faRaw] = read(join(dir, 'first-aid/first-aid.json'));
	const firstAid = validateFirstAid(faRaw, faKey.slice(1));
	const doc = <T>(schema: Parameters<typeof parseDocument<T>>[0], name: string): T => {
		const [key, raw] = read(join(dir, 'documents', name));
		return parseDocument(schema, key.slice(1), raw);
	};
	const documents = {
		policeSheet: doc(PoliceSheet, 'police-sheet.json'),
		ppcDraft: doc(PpcDraft, 'ppc-draft.json'),
		jcratForward: doc(JcratForward, 'jcrat-forward.json'),
		summaryWording: doc(SummaryWording, 'summary.json')
	};
	const recovery = validateRecovery(
		{
			sets: Object.fromEntries(jsonIn('recovery', NEXT_SCAM_FILE)),
			nextScam: read(join(dir, 'recovery', NEXT_SCAM_FILE)),
			messages: Object.fromEntries(jsonIn('messages'))
		},
		triageTree.questions
	);
	return { desks, deskIds, deskOrder, triageTree, firstAid, documents, ownContacts, recovery, files };
}

const PREFIX = 'virtual:content/';
/** What each virtual module exports, from the checked content. */
const MODULES: Record<string, (c: Content) => Record<string, unknown>> = {
	desks: (c) => ({ desks: c.desks }),
	'desk-ids': (c) => ({ deskIds: c.deskIds, deskOrder: c.deskOrder }),
	// Each desk's name and the address a summary goes to, in the desks' order: the incident's pages
	// (the summary's addressee, the contacts, the documents) load these and not every desk's words,
	// and a changed sentence in a desk does not change this module.
	'desk-directory': (c) => ({ deskDirectory: c.desks.map(directoryEntry) }),
	// The triage in two modules: its questions, which the first question needs (loaded with the
	// triage's first screen), and the rest, which only the desks' screen needs (loaded with it).
	'triage-questions': (c) => ({ triageQuestions: { questions: c.triageTree.questions } }),
	'triage-result': ({ triageTree: { questions: _questions, ...rest } }) => ({ triageResult: rest }),
	'first-aid': (c) => ({ firstAid: c.firstAid }),
	// A module of its own: the home page loads these few words and not the rest of first aid.
	'first-aid-short': (c) => ({ firstAidShort: c.firstAid.rules.flatMap((r) => (r.short ? [{ id: r.id, ...r.short }] : [])) }),
	// Modules of their own: only the plan loads them, so no other page carries the steps' words.
	recovery: (c) => ({ recoverySets: c.recovery.sets, nextScam: c.recovery.nextScam }),
	// The sets' ids and conditions without their words: a plan can know which steps it has (and keep
	// their ticks) on pages that do not show them.
	'recovery-index': (c) => ({
		recoveryIndex: c.recovery.sets.map((s) => ({ id: s.id, when: s.when, steps: s.steps.map((t) => (t.when ? { id: t.id, when: t.when } : { id: t.id })) }))
	}),
	'ready-messages': (c) => ({ readyMessageContent: c.recovery.messages }),
	// One module per document: a page loads the wording of its own document only.
	'document-police-sheet': (c) => ({ policeSheet: c.documents.policeSheet }),
	'document-ppc-draft': (c) => ({ ppcDraft: c.documents.ppcDraft }),
	'document-jcrat-forward': (c) => ({ jcratForward: c.documents.jcratForward }),
	'document-summary': (c) => ({ summaryWording: c.documents.summaryWording }),
	// The timeline entries' kinds as every document names them (summary.json's "kinds"): the police
	// sheet loads these few words and not the summary's.
	'entry-kinds': (c) => ({ entryKinds: c.documents.summaryWording.kinds }),
	// The contacts' names alone: pages that name a saved contact load these and not the rest.
	'own-contact-names': (c) => ({ ownContactNames: mapRoles(c.ownContacts.roles, (w) => w.name) }),
	// What the profile form says under a name: only the form loads it.
	'own-contact-hints': (c) => ({
		ownContactHints: Object.fromEntries(Object.entries(c.ownContacts.roles).flatMap(([role, w]) => (w.formHint ? [[role, w.formHint]] : [])))
	}),
	// The desks' words (lines, numbers, sentences) apart from the triage's reasons: the card and the
	// profile load these, the triage's result the reasons too.
	'own-contacts': ({ ownContacts: { roles, nameWithTyped, referenceNote, referenceDefault, summary, hoursNote } }) => ({
		ownContacts: {
			roles: mapRoles(roles, ({ kind, standsFor, addressee, urgentLine, reference }) => ({ kind, standsFor, addressee, urgentLine, reference })),
			nameWithTyped,
			referenceNote,
			referenceDefault,
			summary,
			hoursNote
		}
	}),
	'own-contact-reasons': (c) => ({ ownContactReasons: mapRoles(c.ownContacts.roles, ({ reason, reasonWithLine }) => ({ reason, reasonWithLine })) })
};

function directoryEntry(desk: Desk): DeskDirectoryEntry {
	const email = desk.contacts.find((c) => c.kind === 'email' && !c.forwardOnly);
	return { id: desk.id as DeskId, name: desk.name, kind: desk.kind, region: desk.region, ...(email?.kind === 'email' ? { email: { address: email.address, certainty: email.certainty } } : {}) };
}

function mapRoles<T>(roles: Record<string, RoleWording>, pick: (w: RoleWording) => T): Record<string, T> {
	return Object.fromEntries(Object.entries(roles).map(([role, w]) => [role, pick(w)]));
}

/**
 * Serves the checked content as plain data modules (virtual:content/desks, desk-ids, triage,
 * first-aid): the browser gets typed data and no validator. The content is checked when the build
 * starts, so a bad file fails every build, and again whenever a module is loaded (dev, tests).
 */
export function contentPlugin({ dir = 'content' }: { dir?: string } = {}): Plugin {
	return {
		name: 'shodo-content',
		buildStart() {
			readContent(dir);
		},
		resolveId(id) {
			if (id.startsWith(PREFIX) && Object.hasOwn(MODULES, id.slice(PREFIX.length))) return `\0${id}`;
		},
		load(id) {
			if (!id.startsWith(`\0${PREFIX}`)) return;
			const make = MODULES[id.slice(PREFIX.length + 1)];
			if (!make) return;
			const content = readContent(dir);
			for (const file of content.files) this.addWatchFile(resolve(file));
			return Object.entries(make(content))
				.map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
				.join('\n');
		}
	};
}
