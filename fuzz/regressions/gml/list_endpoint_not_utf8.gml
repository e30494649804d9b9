graph [ node [ id 1 ] edge [ source [ a "ÿ" ] target 1 ] ]
