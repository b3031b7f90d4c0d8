import { SectionBeingBuilt } from '../components/section-being-built.tsx';

export default function DocumentsPage() {
  return <SectionBeingBuilt title="documents.title" notice="documents.building" />;
}
