import { useI18n } from './i18n.ts';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="footer-office">{t('footer.office')}</p>
        <p>{t('footer.about')}</p>
        <p>
          <a href="/api/docs">{t('footer.apiDocs')}</a>
        </p>
      </div>
    </footer>
  );
}
