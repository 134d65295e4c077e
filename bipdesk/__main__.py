from bipdesk.cli.main import main

raise SystemExit(main())
