import { permissionLayout } from "@/components/shell/permission-layout";

export default permissionLayout("requirements.write");
