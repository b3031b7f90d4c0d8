import { SectionBeingBuilt } from '../components/section-being-built.tsx';

export default function SessionsPage() {
  return <SectionBeingBuilt title="sessions.title" notice="sessions.building" />;
}
