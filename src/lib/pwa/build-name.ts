/**
 * The name of the build that runs (SHODO_BUILD, e.g. 0.1.0+2026-12-06T12:30), from _app/build.json.
 * Not written into the pages, so that a new build does not change every page (src/lib/server/release.ts).
 * Through the service worker this is the version in use, not the newest on the server.
 */
export async function readBuildName(): Promise<string | undefined> {
	try {
		const response = await fetch('/_app/build.json');
		if (!response.ok) return undefined;
		const { build } = (await response.json()) as { build?: unknown };
		return typeof build === 'string' && build ? build : undefined;
	} catch {
		return undefined;
	}
}

/** The footer's version, set after the page is up: the prerendered text names the package version only. */
export function showBuildName(build: string): void {
	for (const element of document.querySelectorAll<HTMLElement>('[data-app-version]')) {
		const prerendered = element.dataset.appVersion;
		if (prerendered && element.textContent?.includes(prerendered)) element.textContent = element.textContent.replace(prerendered, build);
		element.dataset.appVersion = build;
	}
}
