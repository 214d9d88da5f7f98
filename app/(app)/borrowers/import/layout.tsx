import { permissionLayout } from "@/components/shell/permission-layout";

export default permissionLayout("borrowers.import");
