import type { RecommendationStatus } from '#shared/schemas/recommendation.ts';
import type { I18n, MessageSource } from '../app/i18n.ts';
import './recommendations.css';

/** The messages of the recommendation and round pages: they come with this module. */
export const recommendationsMessages: MessageSource = {
  az: () => import('#shared/i18n/az-recommendations.ts').then((module) => module.azRecommendations),
  en: () => import('#shared/i18n/en-recommendations.ts').then((module) => module.enRecommendations),
};

export const outcomeWordsSource: MessageSource = {
  az: () => import('#shared/i18n/az-outcome-words.ts').then((module) => module.azOutcomeWords),
  en: () => import('#shared/i18n/en-outcome-words.ts').then((module) => module.enOutcomeWords),
};

export const statusLabel = (i18n: Pick<I18n, 't'>, status: RecommendationStatus) => i18n.t(`rec.status.${status}`);

/** A status in words, with a shape beside the colour, so it never rests on colour alone. */
export function StatusBadge({ status, i18n }: { status: RecommendationStatus; i18n: Pick<I18n, 't'> }) {
  return (
    <span class={`status-badge status-${status}`}>
      <span class="status-mark" aria-hidden="true" />
      {statusLabel(i18n, status)}
    </span>
  );
}
