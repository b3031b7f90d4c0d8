import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n.ts';
import type { MemberPicker } from './member-picker.tsx';
import { Loading } from './notices.tsx';

type Picker = typeof MemberPicker;
let picker: Promise<Picker> | undefined;

/** The member search, downloaded the first time someone opens it: most visits never pick a member. */
export function LazyMemberPicker(props: Parameters<Picker>[0]) {
  const { t } = useI18n();
  const [Loaded, setLoaded] = useState<Picker | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    picker ??= import('./member-picker.tsx').then((module) => module.MemberPicker);
    picker.then(
      (component) => setLoaded(() => component),
      () => {
        picker = undefined;
        setFailed(true);
      },
    );
  }, []);
  if (failed) return <p role="alert">{t('common.loadFailed')}</p>;
  return Loaded ? <Loaded {...props} /> : <Loading />;
}
